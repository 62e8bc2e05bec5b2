using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.Data;

public sealed class PreparedStatementsTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly PairStatements pairs;

    public PreparedStatementsTests()
    {
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE Pairs (Name TEXT NOT NULL, Number INTEGER NULL)";
            create.ExecuteNonQuery();
        }

        pairs = new PairStatements(connection);
    }

    [Fact]
    public void Values_bind_in_the_order_the_parameters_were_declared_and_null_is_stored_as_NULL()
    {
        pairs.Insert(7, "seven");
        pairs.Insert(null, "none");

        Assert.Equal(["none:NULL", "seven:7"], pairs.All());
    }

    [Fact]
    public void A_call_with_fewer_values_than_parameters_is_refused_rather_than_run_with_stale_ones()
    {
        pairs.Insert(1, "one");

        Assert.Throws<ArgumentException>(pairs.InsertWithoutName);
    }

    [Fact]
    public void With_timings_every_statement_is_counted_under_its_group_and_without_them_nothing_is_recorded()
    {
        pairs.Insert(1, "one");
        var timings = new StatementTimings();
        pairs.Timings = timings;

        pairs.Insert(2, "two");
        pairs.Insert(3, "three");
        _ = pairs.All();

        var stage = Assert.Single(timings.Stages);
        Assert.Equal(("pairs", 3L), (stage.Stage, stage.Count));
        Assert.True(stage.Elapsed > TimeSpan.Zero);
    }

    public void Dispose()
    {
        pairs.Dispose();
        connection.Dispose();
    }

    private sealed class PairStatements : PreparedStatements
    {
        private readonly SqliteCommand insert, all;

        protected override string Stage => "pairs";

        public PairStatements(SqliteConnection connection) : base(connection)
        {
            insert = Prepare("INSERT INTO Pairs (Number, Name) VALUES ($number, $name)", "$number", "$name");
            all = Prepare("SELECT Name || ':' || COALESCE(Number, 'NULL') FROM Pairs ORDER BY Name");
        }

        public void Insert(int? number, string name) => Execute(insert, number, name);

        public void InsertWithoutName() => Execute(insert, 2);

        public List<string> All()
        {
            using var reader = ExecuteReader(all);
            var rows = new List<string>();
            while (reader.Read()) rows.Add(reader.GetString(0));
            return rows;
        }
    }
}
