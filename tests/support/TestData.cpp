#include "support/TestData.h"

#include <QDir>
#include <QtTest>

namespace TestData {

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("AEGIS_SOURCE_DIR");
    if (dir.isEmpty())
        qFatal("AEGIS_SOURCE_DIR is not set: run the tests through ctest");
    return dir;
}

QString path(const QString &relative)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + relative);
}

} // namespace TestData
