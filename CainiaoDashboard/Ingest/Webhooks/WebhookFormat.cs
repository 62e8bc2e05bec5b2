namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// One carrier or aggregator push format: reads a request's body into scans for the one write path, through the
/// format's <see cref="WebhookTable"/>, and answers the sender the way it expects. Adding a format is one subclass and
/// one table (registered in <see cref="WebhookFormats"/>).
/// </summary>
public abstract class WebhookFormat
{
    protected WebhookFormat(string name)
    {
        Name = name;
        Table = WebhookTable.Load(name);
    }

    /// <summary>The format's name in the route: <c>/api/carriers/{carrier}/webhooks/{name}</c>.</summary>
    public string Name { get; }

    public WebhookTable Table { get; }

    /// <summary>The scans in the body; throws <see cref="WebhookPayloadException"/> when the body is not this format at all.</summary>
    public abstract WebhookPayload Read(string body, string? contentType, WebhookScans scans);

    /// <summary>The answer once the scans went through the write path: the counts and every rejection's reason.</summary>
    public virtual IResult Answer(IngestResponse response) => Results.Ok(response);

    /// <summary>The answer to a body that is not this format: 400 with the reason.</summary>
    public virtual IResult Malformed(string reason) =>
        Results.Problem(statusCode: 400, title: $"Not a {Name} payload", detail: reason);
}
