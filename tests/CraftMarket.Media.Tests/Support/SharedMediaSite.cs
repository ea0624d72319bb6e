namespace CraftMarket.Media.Tests.Support;

/// <summary>One started site for the upload suites that need no special settings (hostile files, resumable uploads).</summary>
[CollectionDefinition(Name)]
public sealed class SharedMediaSite : ICollectionFixture<SqliteMediaApp>
{
    public const string Name = "Shared media site";
}
