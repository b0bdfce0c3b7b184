#pragma once

#include <QString>

// Paths to files the tests read from the source tree (set by CTest as AEGIS_SOURCE_DIR).
namespace TestData {

QString sourceDir();
// A file under tests/data/.
QString path(const QString &relative);

} // namespace TestData
