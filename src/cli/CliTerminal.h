#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// aegis-cli's streams: data to stdout, messages to stderr, and the password prompt.
namespace CliTerminal {

// Writes bytes as they are to stdout; false when they could not be written (a closed pipe).
bool writeData(const QByteArray &bytes);
// "aegis-cli: <message>" and a newline on stderr.
void printError(const QString &message);
// A message on stderr as it is (a newline is added when missing).
void printText(const QString &text);

bool stdinIsTerminal();
// Prompts on stderr and reads one line from the terminal on stdin with echo switched off; the
// echo comes back also when the user interrupts. Empty when stdin is not a terminal or at EOF.
std::optional<QString> readPassword(const QString &prompt);

} // namespace CliTerminal
