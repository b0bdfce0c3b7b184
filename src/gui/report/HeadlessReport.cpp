#include "gui/report/HeadlessReport.h"

#include "core/Clock.h"
#include "gui/report/ReportMaker.h"
#include "gui/report/ReportPeriod.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"

#include <QDir>
#include <QFileInfo>

QString HeadlessReport::problem(const Options &options)
{
    if (options.path.isEmpty())
        return tr("--report needs the name of the PDF file to write");
    if (!options.range.isEmpty() && (!options.from.isEmpty() || !options.to.isEmpty()))
        return tr("give either --range or --from and --to, not both");
    if (options.from.isEmpty() != options.to.isEmpty())
        return tr("--from and --to go together");
    if (!options.range.isEmpty() && !ReportPeriod::presetOf(options.range))
        return tr("--range takes one of %1, not “%2”").arg(ReportPeriod::presetKeys().join(QStringLiteral(", ")), options.range);
    if (!options.from.isEmpty()) {
        const Result<TimeRange> days = ReportPeriod::wholeDays(options.from, options.to, QTimeZone::utc());
        if (!days)
            return days.error();
    }
    return {};
}

HeadlessReport::HeadlessReport(SiteSettings &settings, ViewCache *cache, ConsoleStartup::DemoLauncher launchDemo,
                               const Clock &systemClock, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<SiteConnection>(settings, cache))
    , m_launchDemo(std::move(launchDemo))
    , m_clock(&systemClock)
{
}

HeadlessReport::~HeadlessReport() = default;

void HeadlessReport::start(const Options &options)
{
    m_options = options;
    if (const QString wrong = problem(options); !wrong.isEmpty())
        return finish(UsageError, wrong);
    const auto afterLogin = [this](const ApiError &error) {
        if (error.isError())
            return finish(Failed, tr("Could not log in: %1").arg(error.message()));
        loggedIn();
    };
    if (options.demo) {
        m_connection->setDemo(true);
        m_launchDemo(options.acceleration, this, [this, afterLogin](const Result<ConsoleStartup::DemoSite> &site) {
            if (!site)
                return finish(Failed, tr("The demo site did not start: %1").arg(site.error()));
            m_clock = site->clock; // the demo's "now" is the emulator's
            m_connection->setBaseUrl(site->baseUrl);
            m_connection->logIn(site->user, site->password, false, this, afterLogin);
        });
        return;
    }
    const SiteSettings &settings = m_connection->settings();
    if (!settings.rememberPassword() || settings.account().isEmpty())
        return finish(Failed,
                      tr("No saved site: log in once in the app with “Remember the password in the system keyring” checked, or "
                         "use --demo."));
    m_connection->logInWithSavedPassword(
        settings.account(), this, [this, afterLogin](const ApiError &error, const CredentialResult &keyring) {
            // The keyring's own refusal says more than a login error would.
            if (keyring.status != CredentialResult::Status::Ok)
                return finish(Failed,
                              tr("No saved password could be read: %1")
                                  .arg(keyring.error.isEmpty() ? tr("nothing is saved for this account") : keyring.error));
            afterLogin(error);
        });
}

void HeadlessReport::loggedIn()
{
    // Presets and whole days are days of the site's zone, which the scheduler's state names.
    m_connection->scheduler().fetch(this, [this](const ApiError &, const SchedulerState &) { writeReport(); });
}

void HeadlessReport::writeReport()
{
    const QTimeZone zone = m_connection->siteZone();
    TimeRange range;
    if (!m_options.from.isEmpty()) {
        range = *ReportPeriod::wholeDays(m_options.from, m_options.to, zone);
    } else {
        const QString key = m_options.range.isEmpty() ? QStringLiteral("30d") : m_options.range;
        range = TimeRange::make(*ReportPeriod::presetOf(key), m_clock->now(), zone);
    }
    m_maker = std::make_unique<ReportMaker>(*m_connection, *m_clock);
    const QString path = QDir::toNativeSeparators(QFileInfo(m_options.path).absoluteFilePath());
    m_maker->write(m_options.path, range, [this, path](const ExportResult &result) {
        if (!result.ok)
            return finish(Failed, result.error);
        finish(Written,
               tr("Report written to %1 (%2, %3)")
                   .arg(path, ReportWriter::periodText(m_maker->header()), QString::fromUtf8(m_maker->header().zone.id())));
    });
}

void HeadlessReport::finish(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode, message);
}
