using System.Reflection;
using System.Runtime.CompilerServices;
using Nhp.Findings;

namespace Nhp.Domain.Tests.Design;

/// <summary>
/// Guards the library's design rules for every public type of Nhp.Domain, including types added later:
/// domain types are immutable, and dates and times are NodaTime, never <see cref="DateTime"/>.
/// </summary>
public sealed class PublicApiDesignTest
{
    private static readonly Type[] PublicTypes = typeof(Finding).Assembly.GetExportedTypes();

    // Types that are mutable by nature and say so in their documentation.
    private static readonly HashSet<Type> KnownMutable = [typeof(NhpInputException)];

    public static TheoryData<string> PublicTypeNames() => [.. PublicTypes.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void No_public_type_exposes_a_public_setter(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        if (KnownMutable.Contains(type) || typeof(Delegate).IsAssignableFrom(type))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum)
            .Select(f => f.Name);

        Assert.Empty(setters.Concat(fields));
    }

    [Theory]
    [MemberData(nameof(PublicTypeNames))]
    public void No_public_member_uses_DateTime(string typeName)
    {
        var type = PublicTypes.Single(t => t.FullName == typeName);
        var forbidden = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly) };
        var offenders = new List<string>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var member in type.GetMembers(all))
        {
            IEnumerable<Type> types = member switch
            {
                PropertyInfo p => [p.PropertyType],
                FieldInfo f => [f.FieldType],
                MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                _ => [],
            };
            if (types.Any(t => Mentions(t, forbidden)))
            {
                offenders.Add(member.Name);
            }
        }

        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool Mentions(Type type, Type[] forbidden)
    {
        var element = type.IsByRef || type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return forbidden.Contains(element) || (element.IsGenericType && element.GetGenericArguments().Any(a => Mentions(a, forbidden)));
    }
}
