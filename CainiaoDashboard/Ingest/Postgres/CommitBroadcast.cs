using System.Threading.Channels;
using CainiaoDashboard.Data;
using Npgsql;

namespace CainiaoDashboard.Ingest.Postgres;

/// <summary>
/// Keeps the live pages of every dashboard instance on one PostgreSQL database current: this instance's commits are
/// announced with NOTIFY on <see cref="ChannelName"/>, and the other instances' announcements, heard with LISTEN, reach
/// this instance's subscribers as if committed here (<see cref="IngestPipeline.PublishFromOtherInstance"/>). No server
/// beyond the database. Whatever may have been missed (a lost listening connection, an announcement that could not be
/// sent or was dropped) is made up by marking every bucket of the live window touched, on the next chance.
/// </summary>
public sealed class CommitBroadcast : BackgroundService
{
    public const string ChannelName = "cainiao_commits";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly IngestPipeline pipeline;
    private readonly string connectionString;
    private readonly TimeProvider time;
    private readonly ILogger<CommitBroadcast> logger;
    private readonly string instance = Guid.NewGuid().ToString("N");
    // Written on the writer's thread, sent from here: the writer never waits for the network.
    private readonly Channel<IngestCommitted> outgoing;

    // Set when an announcement was dropped or could not be sent: the next one that goes out marks the whole live window.
    private volatile bool missedSome;

    public CommitBroadcast(IngestPipeline pipeline, StoreConnection store, TimeProvider time, ILogger<CommitBroadcast> logger)
    {
        this.pipeline = pipeline;
        connectionString = store.ConnectionString;
        this.time = time;
        this.logger = logger;
        outgoing = Channel.CreateBounded<IngestCommitted>(
            new BoundedChannelOptions(1024) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest }, _ => missedSome = true);
        pipeline.Committed += OnCommitted;
    }

    private void OnCommitted(IngestCommitted commit)
    {
        if (!commit.FromOtherInstance) outgoing.Writer.TryWrite(commit);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(() => AnnounceAsync(stoppingToken), stoppingToken), Task.Run(() => ListenAsync(stoppingToken), stoppingToken));

    private async Task AnnounceAsync(CancellationToken stoppingToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            await foreach (var commit in outgoing.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    connection ??= await OpenAsync(stoppingToken);
                    await using var notify = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection);
                    notify.Parameters.Add(new NpgsqlParameter { Value = ChannelName });
                    var missed = missedSome;
                    missedSome = false;
                    var announced = missed ? commit with { Touched = CommitMessage.CatchUp(commit.CommittedAt).Touched } : commit;
                    notify.Parameters.Add(new NpgsqlParameter { Value = CommitMessage.Serialise(announced, instance) });
                    await notify.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
                {
                    // The other instances miss this one; the next announcement that gets through marks the whole live window.
                    missedSome = true;
                    logger.LogWarning(ex, "Could not announce a commit to the other dashboard instances.");
                    if (connection is not null) await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var listenedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => OnNotification(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                // Listening again after a lost connection: what was announced meanwhile never reached this instance.
                if (listenedBefore) pipeline.PublishFromOtherInstance(CommitMessage.CatchUp(time.GetUtcNow()));
                listenedBefore = true;
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException)
            {
                logger.LogWarning(ex, "Lost the connection that hears the other dashboard instances' commits; reconnecting.");
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }

    private void OnNotification(string payload)
    {
        if (CommitMessage.Parse(payload) is not { } message)
        {
            logger.LogWarning("Ignored an announcement on {Channel} that is not a commit message.", ChannelName);
            return;
        }

        if (message.Sender != instance) pipeline.PublishFromOtherInstance(message.ToCommit(time.GetUtcNow()));
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Not pooled: a listening connection is held for the instance's life, and a pooled one would carry LISTEN back to the pool.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override void Dispose()
    {
        pipeline.Committed -= OnCommitted;
        base.Dispose();
    }
}
