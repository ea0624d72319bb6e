using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CraftMarket.SharedKernel.Results;

/// <summary>One mapping from domain failures to RFC 9457 problem details, shared by every module's endpoints.</summary>
public static class ResultHttpExtensions
{
    public static IResult ToProblem(this Error error) => error.Kind switch
    {
        ErrorKind.Validation when error.Fields is { } fields =>
            TypedResults.ValidationProblem(fields.ToDictionary(f => f.Key, f => f.Value), detail: error.Message),
        ErrorKind.Validation => TypedResults.Problem(error.Message, statusCode: 400, title: "Invalid request"),
        ErrorKind.NotFound => TypedResults.Problem(error.Message, statusCode: 404, title: "Not found"),
        ErrorKind.Conflict => TypedResults.Problem(error.Message, statusCode: 409, title: "Conflict",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code }),
        ErrorKind.Forbidden => TypedResults.Problem(error.Message, statusCode: 403, title: "Forbidden"),
        _ => TypedResults.Problem(error.Message, statusCode: 401, title: "Unauthorized"),
    };

    public static IResult ToHttp(this Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    public static IResult ToHttp<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    public static IResult ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value!), result.Value) : result.Error!.ToProblem();
}
