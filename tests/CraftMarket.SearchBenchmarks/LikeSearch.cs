using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using Microsoft.Data.Sqlite;

namespace CraftMarket.SearchBenchmarks;

/// <summary>
/// What a search box costs without a search engine: the same rows in SQLite, every word as a LIKE
/// over names and descriptions, the scope and the facet filters as indexed columns. The plain form
/// answers a count and the first page; the faceted form also counts each facet (with every other
/// facet's filter), which is what the Lucene search returns. Neither folds marks, stems or ranks.
/// </summary>
internal static class LikeSearch
{
    private static readonly string[] Columns = [.. Facets.All.Select(Column)];

    public static void Fill(SqliteConnection sql, List<PublishedProduct> products)
    {
        Exec(sql, $"CREATE TABLE products (id TEXT PRIMARY KEY, tenant TEXT, name_vi TEXT, name_en TEXT, desc_vi TEXT, desc_en TEXT, price INTEGER, {string.Join(", ", Columns.Select(c => c + " TEXT"))})");
        Exec(sql, "CREATE INDEX ix_tenant ON products(tenant)");
        using var tx = sql.BeginTransaction();
        using var insert = sql.CreateCommand();
        string[] names = ["$id", "$t", "$nv", "$ne", "$dv", "$de", "$p", .. Columns.Select(c => "$" + c)];
        insert.CommandText = $"INSERT INTO products VALUES ({string.Join(',', names)})";
        foreach (var name in names) insert.Parameters.Add(new SqliteParameter(name, null));
        foreach (var p in products)
        {
            var facets = ProductText.FacetValues(new IndexedProduct(p));
            object[] values = [p.Id.ToString(), p.TenantId.ToString(), p.Name["vi"], p.Name["en"], p.Description["vi"], p.Description["en"], p.BasePrice.MinorUnits,
                .. Facets.All.Select(f => (object?)facets.GetValueOrDefault(f) ?? DBNull.Value)];
            for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i];
            insert.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public static void Run(SqliteConnection sql, Catalog.Query q, bool withFacets)
    {
        using var command = sql.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM products {Where(command, q, except: null)}";
        command.ExecuteScalar();
        command.CommandText = $"SELECT id, name_en, price FROM products {Where(command, q, except: null)} ORDER BY price, id LIMIT 20";
        using (var reader = command.ExecuteReader()) while (reader.Read()) { }
        if (!withFacets) return;
        foreach (var facet in Facets.All.Where(f => q.Tenant is null || f != Facets.Village))
        {
            command.CommandText = $"SELECT {Column(facet)}, COUNT(*) FROM products {Where(command, q, except: facet)} GROUP BY {Column(facet)}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) { }
        }
    }

    private static string Where(SqliteCommand command, Catalog.Query q, string? except)
    {
        command.Parameters.Clear();
        var where = new List<string>();
        var words = (q.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            where.Add($"(name_vi LIKE $w{i} OR name_en LIKE $w{i} OR desc_vi LIKE $w{i} OR desc_en LIKE $w{i})");
            command.Parameters.AddWithValue($"$w{i}", $"%{words[i]}%");
        }
        if (q.Tenant is { } t) { where.Add("tenant = $t"); command.Parameters.AddWithValue("$t", t.ToString()); }
        foreach (var (facet, values) in q.Filters.Where(f => f.Key != except))
        {
            where.Add($"{Column(facet)} IN ({string.Join(',', values.Select((_, i) => $"${Column(facet)}{i}"))})");
            for (var i = 0; i < values.Count; i++) command.Parameters.AddWithValue($"${Column(facet)}{i}", values[i]);
        }
        return where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
    }

    private static string Column(string facet) => "f_" + facet.ToLowerInvariant();

    private static void Exec(SqliteConnection sql, string text)
    {
        using var c = sql.CreateCommand();
        c.CommandText = text;
        c.ExecuteNonQuery();
    }
}
