#include "cli/CliTerminal.h"

#include <QtGlobal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// The terminal's settings while echo is off, for the signal handler to put back.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndReraise(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

} // namespace

namespace CliTerminal {

bool writeData(const QByteArray &bytes)
{
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0 && written == size_t(bytes.size());
}

void printError(const QString &message)
{
    printText(QStringLiteral("aegis-cli: ") + message);
}

void printText(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

std::optional<QString> readPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!stdinIsTerminal())
        return std::nullopt;
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);

    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return std::nullopt;
    struct termios silent = g_savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    const int caught[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
    void (*previous[std::size(caught)])(int);
    for (size_t i = 0; i < std::size(caught); ++i)
        previous[i] = std::signal(caught[i], restoreEchoAndReraise);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);

    char *line = nullptr;
    size_t capacity = 0;
    const ssize_t length = getline(&line, &capacity, stdin);

    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    for (size_t i = 0; i < std::size(caught); ++i)
        std::signal(caught[i], previous[i]);

    std::optional<QString> password;
    if (length >= 0) {
        qsizetype n = qsizetype(length);
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            --n;
        password = QString::fromUtf8(line, n);
    }
    if (line) {
        // The typed password should not linger in freed memory.
        explicit_bzero(line, capacity);
        std::free(line);
    }
    return password;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace CliTerminal
