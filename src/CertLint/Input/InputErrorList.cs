namespace CertLint.Input;

/// <summary>
/// One input's errors as the decoder finds them: the first <see cref="KeptPerInput"/> about the input itself are kept,
/// and the last (it often says where reading stopped, <see cref="InputLimits"/>); those in between are counted into one
/// error placed before the last. Errors about an object (a certificate that does not decode) are always
/// kept: there is at most one per object, and the objects are bounded by <see cref="InputLimits"/>. 400,000 broken PEM
/// blocks made 400,000 errors and 1.9 GB of SARIF notifications before.
/// </summary>
internal sealed class InputErrorList(string file)
{
    public const int KeptPerInput = 1000;

    private readonly List<InputError> _kept = [];
    private int _keptAboutTheInput;
    private int _notKept;
    private long? _firstNotKeptAt;
    private InputError? _last;

    public void Add(InputError error)
    {
        if (error.ObjectIndex is not null)
        {
            _kept.Add(error);
        }
        else if (_keptAboutTheInput < KeptPerInput)
        {
            _keptAboutTheInput++;
            _kept.Add(error);
        }
        else
        {
            if (_last is not null && _notKept++ == 0)
            {
                _firstNotKeptAt = _last.Offset;
            }
            _last = error;
        }
    }

    /// <summary>The kept errors, one that counts those not kept (placed at the first of them), and the last.</summary>
    public List<InputError> ToList()
    {
        List<InputError> errors = [.. _kept];
        if (_notKept > 0)
        {
            errors.Add(new InputError(file, $"{_notKept} more error(s) not kept: an input keeps its first {KeptPerInput} and its last", _firstNotKeptAt) { NotKept = _notKept });
        }
        if (_last is not null)
        {
            errors.Add(_last);
        }
        return errors;
    }
}
