using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Npgsql;

namespace CainiaoDashboard.Tests.Harness;

public sealed class PostgresClusterTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_created_databases_are_separate_and_both_answer_queries()
    {
        await using var first = await PostgresDatabase.CreateAsync("first", Cancellation);
        await using var second = await PostgresDatabase.CreateAsync("second", Cancellation);

        Assert.NotEqual(first.ConnectionString, second.ConnectionString);
        await ExecuteAsync(first.ConnectionString, "CREATE TABLE parcels (id int PRIMARY KEY)");
        Assert.Equal(1, await QueryAsync<int>(first.ConnectionString, "SELECT 1"));
        Assert.Equal(1, await QueryAsync<int>(second.ConnectionString, "SELECT 1"));
        Assert.Equal("parcels", await QueryAsync<string>(first.ConnectionString, "SELECT to_regclass('parcels')::text"));
        Assert.Null(await QueryAsync<string>(second.ConnectionString, "SELECT to_regclass('parcels')::text"));
    }

    [Fact]
    public async Task The_server_listens_only_on_loopback_tcp()
    {
        var server = PostgresCluster.Shared.ServerConnectionString;

        Assert.Equal("127.0.0.1", await QueryAsync<string>(server, "SHOW listen_addresses"));
        Assert.Equal("", await QueryAsync<string>(server, "SHOW unix_socket_directories"));
        Assert.Equal("127.0.0.1", await QueryAsync<string>(server, "SELECT host(inet_server_addr())"));
        Assert.Equal(PostgresCluster.Shared.Port, await QueryAsync<int>(server, "SELECT inet_server_port()"));
        foreach (var address in OtherLocalAddresses())
        {
            Assert.False(await AcceptsTcpAsync(address, PostgresCluster.Shared.Port), $"The server answers on {address}.");
        }
    }

    [Fact]
    public async Task A_dropped_database_is_gone_even_with_a_connection_open()
    {
        var cluster = PostgresCluster.Shared;
        var connectionString = await cluster.CreateDatabaseAsync("dropped", Cancellation);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var open = new NpgsqlConnection(connectionString);
        await open.OpenAsync(Cancellation);

        await cluster.DropDatabaseAsync(connectionString, Cancellation);

        Assert.Equal(0L, await QueryAsync<long>(cluster.ServerConnectionString, $"SELECT count(*) FROM pg_database WHERE datname = '{name}'"));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => QueryAsync<int>(connectionString, "SELECT 1"));
        Assert.Equal(PostgresErrorCodes.InvalidCatalogName, refused.SqlState);
    }

    private static IEnumerable<IPAddress> OtherLocalAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(network => network.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => !address.Equals(IPAddress.Loopback))
            .Append(IPAddress.IPv6Loopback)
            .Distinct();

    private static async Task<bool> AcceptsTcpAsync(IPAddress address, int port)
    {
        using var client = new TcpClient(address.AddressFamily);
        try
        {
            await client.ConnectAsync(new IPEndPoint(address, port), Cancellation);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancellation);
    }

    private static async Task<T?> QueryAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(Cancellation);
        return value is DBNull or null ? default : (T)value;
    }
}
