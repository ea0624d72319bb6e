using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>Keeps the site's log lines at warning and above, so a test can see that a failure was reported.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    public IEnumerable<string> Errors(string categoryEndsWith) =>
        Lines.Where(l => l.Level >= LogLevel.Error && l.Category.EndsWith(categoryEndsWith, StringComparison.Ordinal)).Select(l => l.Text);

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) capture.Lines.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
