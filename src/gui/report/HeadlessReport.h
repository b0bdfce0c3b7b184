#pragma once

#include "gui/site/ConsoleStartup.h"

#include <QObject>
#include <QString>
#include <memory>

class Clock;
class ReportMaker;
class SiteConnection;
class SiteSettings;
class ViewCache;

// `aegis-console --report FILE.pdf` (docs/product.md "The report"): logs in to the saved site
// with the password from the keychain, or opens the built-in demo site, learns the site's zone,
// writes the report of the period and says how it went, with no window and no display, for
// scripts and cron.
class HeadlessReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessReport)

public:
    struct Options
    {
        QString path;
        QString range; // a ReportPeriod preset key; empty with from/to
        QString from; // yyyy-MM-dd, with to
        QString to;
        bool demo = false;
        double acceleration = 1.0;
    };
    enum ExitCode { Written = 0, Failed = 1, UsageError = 2 };

    // What is wrong with the options before anything is asked (a usage error); empty when fine.
    static QString problem(const Options &options);

    HeadlessReport(SiteSettings &settings, ViewCache *cache, ConsoleStartup::DemoLauncher launchDemo, const Clock &systemClock,
                   QObject *parent = nullptr);
    ~HeadlessReport() override;

    void start(const Options &options);

signals:
    // Once: the exit code and what to tell the user (stdout when written, stderr otherwise).
    void finished(int exitCode, const QString &message);

private:
    void loggedIn();
    void writeReport();
    void finish(int exitCode, const QString &message);

    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<ReportMaker> m_maker;
    ConsoleStartup::DemoLauncher m_launchDemo;
    const Clock *m_clock;
    Options m_options;
    bool m_finished = false;
};
