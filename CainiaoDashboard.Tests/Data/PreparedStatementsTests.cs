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
            create.CommandText = """
                CREATE TABLE Pairs (Name TEXT NOT NULL, Number INTEGER NULL, Twice INTEGER NULL, AtUtc TEXT NULL);
                CREATE TABLE Codes (Id INTEGER PRIMARY KEY, Code TEXT NOT NULL UNIQUE, Note TEXT NOT NULL, AtUtc TEXT NOT NULL);
                """;
            create.ExecuteNonQuery();
        }

        pairs = new PairStatements(connection);
    }

    [Fact]
    public void Values_bind_in_the_order_the_parameters_were_declared_and_null_is_stored_as_NULL()
    {
        pairs.Insert("seven", 7);
        pairs.Insert("none", null);

        Assert.Equal(["none:NULL:NULL", "seven:7:14"], AllRows());
        Assert.Equal(7, pairs.NumberOf("seven"));
        Assert.Null(pairs.NumberOf("none"));
        Assert.Null(pairs.NumberOf("missing"));
    }

    [Fact]
    public void A_time_is_stored_in_the_text_form_Microsoft_Data_Sqlite_and_EF_Core_read_back()
    {
        var at = new DateTime(2026, 12, 3, 17, 30, 15, 250, DateTimeKind.Utc);
        pairs.InsertAt("stamped", at);

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT AtUtc FROM Pairs WHERE Name = 'stamped'";
        using var reader = read.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("2026-12-03 17:30:15.25", reader.GetString(0));
        Assert.Equal(at, StoredTime.FromStore(reader.GetDateTime(0)));
        Assert.Equal(at, pairs.TimeOf("stamped"));
    }

    [Theory]
    [InlineData("李伟")]
    [InlineData("Zoë Łukasiewicz 📦")]
    [InlineData("")]
    public void Text_of_any_script_and_length_is_stored_as_given(string name)
    {
        var longName = string.Concat(Enumerable.Repeat(name + "·", 60));
        pairs.Insert(name, 1);
        pairs.Insert(longName, 2);

        Assert.Equal(1, pairs.NumberOf(name));
        Assert.Equal(2, pairs.NumberOf(longName));
        Assert.Contains($"{longName}:2:4", AllRows());
    }

    [Fact]
    public void Text_longer_than_a_statement_s_own_buffer_is_stored_as_given()
    {
        var address = string.Concat(Enumerable.Repeat("浙江省杭州市余杭区文一西路969号", 150));

        pairs.Insert(address, 3);

        Assert.Equal(3, pairs.NumberOf(address));
        Assert.Equal([$"{address}:3:6"], AllRows());
    }

    [Fact]
    public void An_insert_gives_the_new_row_s_id_and_null_when_its_conflict_clause_skipped_the_row()
    {
        var at = new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc);

        Assert.Equal(1, pairs.InsertCode("ZT1000000001", "first", at));
        Assert.Equal(2, pairs.InsertCode("ZT1000000002", "second, with a longer note than the first", at.AddMinutes(1)));
        Assert.Null(pairs.InsertCode("ZT1000000001", "again", at.AddMinutes(2)));

        // Several texts of one row laid out side by side: each stored whole, none over another.
        Assert.Equal(
            ["1|ZT1000000001|first|2026-12-05 08:00:00", "2|ZT1000000002|second, with a longer note than the first|2026-12-05 08:01:00"],
            Rows("SELECT Id || '|' || Code || '|' || Note || '|' || AtUtc FROM Codes ORDER BY Id"));
    }

    [Fact]
    public void A_call_with_fewer_values_than_parameters_is_refused_rather_than_run_with_stale_ones()
    {
        pairs.Insert("one", 1);

        Assert.Throws<ArgumentException>(pairs.InsertWithoutNumber);
        Assert.Equal(["one:1:2"], AllRows());
    }

    [Fact]
    public void A_declared_parameter_the_sql_does_not_name_is_refused_when_prepared()
    {
        var refused = Assert.Throws<ArgumentException>(() => new MisnamedStatements(connection));

        Assert.Contains("$nmber", refused.Message);
    }

    [Fact]
    public void A_failing_statement_throws_SQLite_s_error_and_the_statement_can_run_again()
    {
        var failure = Assert.Throws<SqliteException>(() => pairs.Insert(null!, 1));

        Assert.Contains("NOT NULL", failure.Message);
        pairs.Insert("after", 2);
        Assert.Equal(["after:2:4"], AllRows());
    }

    [Fact]
    public void With_timings_every_statement_is_counted_under_its_group_and_without_them_nothing_is_recorded()
    {
        pairs.Insert("one", 1);
        var timings = new StatementTimings();
        pairs.Timings = timings;

        pairs.Insert("two", 2);
        pairs.Insert("three", 3);
        _ = pairs.NumberOf("two");

        var stage = Assert.Single(timings.Stages);
        Assert.Equal(("pairs", 3L), (stage.Stage, stage.Count));
        Assert.True(stage.Elapsed > TimeSpan.Zero);
    }

    private List<string> AllRows() =>
        Rows("SELECT Name || ':' || COALESCE(Number, 'NULL') || ':' || COALESCE(Twice, 'NULL') FROM Pairs ORDER BY Name");

    private List<string> Rows(string sql)
    {
        using var all = connection.CreateCommand();
        all.CommandText = sql;
        using var reader = all.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    public void Dispose()
    {
        pairs.Dispose();
        connection.Dispose();
    }

    private sealed class PairStatements : PreparedStatements
    {
        private readonly Statement insert, insertAt, numberOf, timeOf, insertCode;

        protected override string Stage => "pairs";

        public PairStatements(SqliteConnection connection) : base(connection)
        {
            // Declared in another order than the SQL names them, and $number used twice.
            insert = Prepare("INSERT INTO Pairs (Number, Name, Twice) VALUES ($number, $name, $number * 2)", "$name", "$number");
            insertAt = Prepare("INSERT INTO Pairs (Name, AtUtc) VALUES ($name, $at)", "$name", "$at");
            numberOf = Prepare("SELECT Number FROM Pairs WHERE Name = $name", "$name");
            timeOf = Prepare("SELECT AtUtc FROM Pairs WHERE Name = $name", "$name");
            insertCode = Prepare("INSERT INTO Codes (Code, Note, AtUtc) VALUES ($code, $note, $at) ON CONFLICT (Code) DO NOTHING", "$code", "$note", "$at");
        }

        public long? InsertCode(string code, string note, DateTime atUtc) => ExecuteInsert(insertCode, code, note, atUtc);

        public void Insert(string name, int? number) => Execute(insert, name, number);

        public void InsertAt(string name, DateTime atUtc) => Execute(insertAt, name, atUtc);

        public void InsertWithoutNumber() => Execute(insert, "two");

        public long? NumberOf(string name) => QueryInt64(numberOf, name);

        public DateTime? TimeOf(string name) => QueryFirst(timeOf, static row => row.Utc(0), name);
    }

    private sealed class MisnamedStatements : PreparedStatements
    {
        protected override string Stage => "misnamed";

        public MisnamedStatements(SqliteConnection connection) : base(connection) =>
            Prepare("INSERT INTO Pairs (Number, Name) VALUES ($number, $name)", "$nmber", "$name");
    }
}
