using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Infrastructure;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to its configuration section and checks it with
    /// <typeparamref name="TValidator"/> at start-up: a value that is not a number, or out of range, stops the start
    /// with a message naming the setting. The type check runs before the binder, which would otherwise throw first.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(
        this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        var settings = configuration.GetSection(section);
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services.AddOptions<TOptions>()
            .Configure(_ => SettingTypes.ThrowIfUnconvertible<TOptions>(settings))
            .Bind(settings)
            .ValidateOnStart();
    }

    /// <summary>
    /// Runs the start-up validation now, before the database is opened; the host would otherwise run it only when it
    /// starts serving. Throws <see cref="OptionsValidationException"/> (several of them in an
    /// <see cref="AggregateException"/>) naming every bad setting.
    /// </summary>
    public static void ValidateOptions(this IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();
}
