using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CertLint.Tests.Architecture;

/// <summary>
/// Which type of an assembly uses which other type of the same assembly, read from its metadata: base types,
/// interfaces, field, property, method and local-variable signatures, attributes, generic constraints and every
/// type, method or field token in the IL. Nested and compiler-generated types (lambdas, iterators, async state
/// machines) count as their outermost type, so a dependency is reported against the type whose source has it.
/// </summary>
public sealed class TypeDependencies
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader _reader;
    private readonly HashSet<(string From, string To)> _edges = [];

    public IReadOnlySet<(string From, string To)> Edges => _edges;

    /// <summary>Full names of every top-level type defined in the assembly.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>Namespace-qualified names of the types the assembly references in other assemblies.</summary>
    public IReadOnlyList<string> ExternalTypes { get; }

    public IReadOnlyList<string> AssemblyReferences { get; }

    private TypeDependencies(MetadataReader reader, PEReader pe)
    {
        _reader = reader;
        Types = reader.TypeDefinitions.Where(h => reader.GetTypeDefinition(h).GetDeclaringType().IsNil)
            .Select(h => Name(h)).Where(n => n.Length > 0).ToList();
        ExternalTypes = reader.TypeReferences.Select(h => reader.GetTypeReference(h))
            .Select(r => reader.GetString(r.Namespace) + "." + reader.GetString(r.Name)).ToList();
        AssemblyReferences = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        foreach (var handle in reader.TypeDefinitions)
        {
            Collect(handle, pe);
        }
    }

    public static TypeDependencies Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        return new TypeDependencies(pe.GetMetadataReader(), pe);
    }

    private void Collect(TypeDefinitionHandle handle, PEReader pe)
    {
        var type = _reader.GetTypeDefinition(handle);
        var from = Name(Outermost(handle));
        var used = new HashSet<string>();
        var provider = new Provider(this, used);
        AddEntity(type.BaseType, used, provider);
        foreach (var i in type.GetInterfaceImplementations())
        {
            AddEntity(_reader.GetInterfaceImplementation(i).Interface, used, provider);
        }
        AddAttributes(type.GetCustomAttributes(), used, provider);
        AddGenericParameters(type.GetGenericParameters(), used, provider);
        foreach (var f in type.GetFields())
        {
            var field = _reader.GetFieldDefinition(f);
            field.DecodeSignature(provider, null);
            AddAttributes(field.GetCustomAttributes(), used, provider);
        }
        foreach (var p in type.GetProperties())
        {
            var property = _reader.GetPropertyDefinition(p);
            property.DecodeSignature(provider, null);
            AddAttributes(property.GetCustomAttributes(), used, provider);
        }
        foreach (var m in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(m);
            method.DecodeSignature(provider, null);
            AddAttributes(method.GetCustomAttributes(), used, provider);
            AddGenericParameters(method.GetGenericParameters(), used, provider);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
            }
            AddIl(body.GetILBytes() ?? [], used, provider);
        }
        foreach (var to in used)
        {
            if (to != from)
            {
                _edges.Add((from, to));
            }
        }
    }

    private void AddIl(byte[] il, HashSet<string> used, Provider provider)
    {
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE && i < il.Length)
            {
                value = (short)(0xFE00 | il[i++]);
            }
            var operand = OperandTypes.TryGetValue(value, out var o) ? o : OperandType.InlineNone;
            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    AddEntity(MetadataTokens.EntityHandle(BitConverter.ToInt32(il, i)), used, provider);
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    i += 4;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                default:
                    break;
            }
        }
    }

    private void AddAttributes(CustomAttributeHandleCollection attributes, HashSet<string> used, Provider provider)
    {
        foreach (var a in attributes)
        {
            AddEntity(_reader.GetCustomAttribute(a).Constructor, used, provider);
        }
    }

    private void AddGenericParameters(GenericParameterHandleCollection parameters, HashSet<string> used, Provider provider)
    {
        foreach (var p in parameters)
        {
            foreach (var c in _reader.GetGenericParameter(p).GetConstraints())
            {
                AddEntity(_reader.GetGenericParameterConstraint(c).Type, used, provider);
            }
        }
    }

    private void AddEntity(EntityHandle handle, HashSet<string> used, Provider provider)
    {
        if (handle.IsNil)
        {
            return;
        }
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                used.Add(Name(Outermost((TypeDefinitionHandle)handle)));
                break;
            case HandleKind.TypeSpecification:
                _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null);
                break;
            case HandleKind.MethodDefinition:
                used.Add(Name(Outermost(_reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType())));
                break;
            case HandleKind.FieldDefinition:
                used.Add(Name(Outermost(_reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())));
                break;
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                AddEntity(member.Parent, used, provider);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(provider, null);
                }
                else
                {
                    member.DecodeFieldSignature(provider, null);
                }
                break;
            case HandleKind.MethodSpecification:
                var spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(spec.Method, used, provider);
                spec.DecodeSignature(provider, null);
                break;
            default:
                break;
        }
    }

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        while (true)
        {
            var declaring = _reader.GetTypeDefinition(handle).GetDeclaringType();
            if (declaring.IsNil)
            {
                return handle;
            }
            handle = declaring;
        }
    }

    private string Name(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        var ns = _reader.GetString(type.Namespace);
        var name = _reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Records every type of this assembly that appears in a decoded signature.</summary>
    private sealed class Provider(TypeDependencies owner, HashSet<string> used) : ISignatureTypeProvider<object?, object?>
    {
        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            used.Add(owner.Name(owner.Outermost(handle)));
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;
        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
        public object? GetSZArrayType(object? elementType) => null;
        public object? GetArrayType(object? elementType, ArrayShape shape) => null;
        public object? GetByReferenceType(object? elementType) => null;
        public object? GetPointerType(object? elementType) => null;
        public object? GetPinnedType(object? elementType) => null;
        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;
        public object? GetGenericMethodParameter(object? genericContext, int index) => null;
        public object? GetGenericTypeParameter(object? genericContext, int index) => null;
        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;
    }
}
