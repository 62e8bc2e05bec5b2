using CainiaoDashboard.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: CloseBrowserPagesAfterTest]
