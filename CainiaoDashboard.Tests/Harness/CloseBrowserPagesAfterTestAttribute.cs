using System.Reflection;
using Xunit.v3;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>After each test, the browser contexts it opened are closed (see <see cref="BrowserFixture.CloseContextsOf"/>).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class CloseBrowserPagesAfterTestAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test) => BrowserFixture.CloseContextsOf(test.UniqueID);
}
