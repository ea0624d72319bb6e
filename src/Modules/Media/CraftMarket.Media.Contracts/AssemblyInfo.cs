namespace CraftMarket.Media.Contracts;
