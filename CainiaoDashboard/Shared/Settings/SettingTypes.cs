using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Shared.Settings;

/// <summary>
/// Finds settings whose text does not convert to the type of the option they set ("abc" for a number) before the
/// configuration binder meets them, so start-up reports them by key like any other bad value instead of a binder
/// exception. Covers the shapes the dashboard's options use: simple values and dictionaries of them.
/// </summary>
public static class SettingTypes
{
    public static void ThrowIfUnconvertible<TOptions>(IConfigurationSection section)
    {
        var failures = Unconvertible(typeof(TOptions), section).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), failures);
        }
    }

    public static IEnumerable<string> Unconvertible(Type optionsType, IConfigurationSection section)
    {
        foreach (var property in optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setting = section.GetSection(property.Name);
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                var valueType = type.GetGenericArguments()[1];
                foreach (var entry in setting.GetChildren())
                {
                    if (Problem(entry, valueType) is { } problem) yield return problem;
                }
            }
            else if (property.CanWrite && Problem(setting, type) is { } problem)
            {
                yield return problem;
            }
        }
    }

    private static string? Problem(IConfigurationSection setting, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (setting.Value is not { } text || type == typeof(string) || Converts(text, type))
        {
            return null;
        }

        return $"{setting.Path} is '{text}', which is not {Describe(type)}.";
    }

    private static bool Converts(string text, Type type)
    {
        try
        {
            // The conversion the configuration binder itself uses.
            TypeDescriptor.GetConverter(type).ConvertFromString(null, CultureInfo.InvariantCulture, text);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }

    private static string Describe(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => "a whole number",
        TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
        TypeCode.Boolean => "true or false",
        _ => $"a valid {type.Name}",
    };
}
