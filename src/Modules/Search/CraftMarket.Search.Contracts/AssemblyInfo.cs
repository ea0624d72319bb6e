namespace CraftMarket.Search.Contracts;
