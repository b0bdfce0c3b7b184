// aegis-console --demo budgets (issue: first paint of the main window within 300 ms, first
// populated Overview within 1 s): starts the built app several times and prints the medians.
// Run from the release build: build/release/bin/bench_console [path/to/aegis-console]
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString console = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("aegis-console"));
    constexpr int kRuns = 5;
    std::vector<double> paints, populated;
    static const QRegularExpression line(QStringLiteral("^(first paint|first populated overview): (\\d+) ms$"),
                                         QRegularExpression::MultilineOption);
    for (int run = 0; run < kRuns; ++run) {
        QTemporaryDir home; // fresh settings and no cached data: a first start
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
            env.insert(QString::fromLatin1(var), home.filePath(QString::fromLatin1(var)));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(console, {QStringLiteral("--demo"), QStringLiteral("--print-startup-times")});
        double paint = -1, overview = -1;
        QByteArray out;
        while (p.waitForReadyRead(20'000) && (paint < 0 || overview < 0)) {
            out += p.readAllStandardOutput();
            for (auto it = line.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
                const auto m = it.next();
                (m.captured(1) == u"first paint" ? paint : overview) = m.captured(2).toDouble();
            }
        }
        p.kill();
        p.waitForFinished();
        if (paint < 0 || overview < 0) {
            std::fprintf(stderr, "run %d: no timings from %s\n%s\n", run + 1, qPrintable(console),
                         p.readAllStandardError().constData());
            return 1;
        }
        paints.push_back(paint);
        populated.push_back(overview);
    }
    std::sort(paints.begin(), paints.end());
    std::sort(populated.begin(), populated.end());
    std::printf("aegis-console --demo, %d cold starts: first paint median %.0f ms (budget 300 ms), "
                "first populated overview median %.0f ms (budget 1000 ms)\n",
                kRuns, paints[kRuns / 2], populated[kRuns / 2]);
    return 0;
}
