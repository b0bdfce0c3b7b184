// The app's schedule page in a process of its own, for the draft-survives-a-crash tests: logs in
// to the emulator given on the command line, adds a 12:00–13:00 +5 kW window to the draft,
// prints "saved" once the draft is on disk and then waits to be killed. With "loop" after the
// arguments it keeps editing instead: edit K replaces the windows with loopDraft(K) (below) and
// prints "saved K" once the page saved it, until it is killed.
#include "core/Clock.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/ScheduleDraftKeeper.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace {

// Edit K of the loop: 8 + K % 8 one-hour-apart windows of +3 kW, each carrying a note of 256 KB of
// one letter ('a' + K % 26), so that a save takes a while and two edits in a row differ in both.
// tst_SchedulePage tells the edits apart by the same rule.
QList<DailyWindow> loopDraft(int k)
{
    QList<DailyWindow> windows;
    const QJsonObject extra{{QStringLiteral("note"), QString(256 * 1024, QLatin1Char(char('a' + k % 26)))}};
    for (int i = 0; i < 8 + k % 8; ++i)
        windows.append(DailyWindow{i * 3600, 1800, 3000, extra});
    return windows;
}

void editUntilKilled(SchedulePage &page, int k)
{
    page.model().edit(loopDraft(k), QStringLiteral("loop edit %1").arg(k));
    if (!page.draftKeeper().lastError().isEmpty()) {
        std::fprintf(stderr, "the draft was not saved: %s\n", qPrintable(page.draftKeeper().lastError()));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("saved %d\n", k);
    std::fflush(stdout);
    QTimer::singleShot(0, &page, [&page, k] { editUntilKilled(page, k + 1); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool loop = args.size() == 6 && args.at(5) == u"loop";
    if (args.size() != 5 && !loop) {
        std::fprintf(stderr, "usage: schedule_draft_child BASE_URL USER PASSWORD DATA_DIR [loop]\n");
        return 2;
    }
    // A draft an earlier (killed) run left is kept and edited on.
    MessageSink::preAnswer(QMessageBox::Yes);
    SiteSettings settings(QDir(args.at(4)).filePath(QStringLiteral("child.ini")));
    SiteConnection connection(settings, nullptr);
    connection.setBaseUrl(QUrl(args.at(1)));
    SchedulePage page(connection, SystemClock::instance(), nullptr, args.at(4));
    page.resize(1200, 800);
    page.show();
    QObject::connect(&page, &SchedulePage::editorReady, &page, [&] {
        if (loop) {
            static bool editing = false; // the editor may become ready again after a refresh
            if (!std::exchange(editing, true))
                editUntilKilled(page, 0);
            return;
        }
        // An edit as the table or a drag makes it: one undo step on the page's model.
        QList<DailyWindow> windows = page.model().windows();
        windows.append(DailyWindow{12 * 3600, 3600, 5000, {}});
        page.model().edit(windows, QStringLiteral("Add 12:00–13:00, +5 kW"));
        if (QFile::exists(page.draftKeeper().path())) {
            std::printf("saved %s\n", qPrintable(page.draftKeeper().path()));
            std::fflush(stdout);
        } else {
            std::fprintf(stderr, "no draft was saved: %s\n", qPrintable(page.draftKeeper().lastError()));
            QCoreApplication::exit(1);
        }
    });
    connection.logIn(args.at(2), args.at(3), false, &page, [&](const ApiError &error) {
        if (error.isError()) {
            std::fprintf(stderr, "login failed: %s\n", qPrintable(error.message()));
            QCoreApplication::exit(1);
            return;
        }
        page.refresh();
    });
    return app.exec();
}
