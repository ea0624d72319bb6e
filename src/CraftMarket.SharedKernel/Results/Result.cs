namespace CraftMarket.SharedKernel.Results;

/// <summary>What went wrong, in terms an HTTP edge can map without knowing the domain.</summary>
public enum ErrorKind { Validation, NotFound, Conflict, Forbidden, Unauthorized }

public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Validation(string field, string message) =>
        new(ErrorKind.Validation, "validation", message, new Dictionary<string, string[]> { [field] = [message] });

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "validation", "One or more fields are invalid.", fields);

    public static Error NotFound(string what = "resource") => new(ErrorKind.NotFound, "not_found", $"The {what} was not found.");
    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);
    public static Error Forbidden(string message = "You may not do this.") => new(ErrorKind.Forbidden, "forbidden", message);
}

public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    public static Result Ok() => new(null);
    public static Result<T> Ok<T>(T value) => new(value, null);
    public static Result Fail(Error error) => new(error);
    public static Result NotFound(string what = "resource") => new(Error.NotFound(what));

    public static implicit operator Result(Error error) => new(error);
}

public sealed class Result<T> : Result
{
    internal Result(T? value, Error? error) : base(error) => Value = value;

    /// <summary>Only meaningful when <see cref="Result.IsSuccess"/>.</summary>
    public T? Value { get; }

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
