[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: CloseBrowserPagesAfterTest]
