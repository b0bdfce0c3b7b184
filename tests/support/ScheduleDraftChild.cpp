// The app's schedule page in a process of its own, for the draft-survives-a-crash test: logs in
// to the emulator given on the command line, adds a 12:00–13:00 +5 kW window to the draft,
// prints "saved" once the draft is on disk and then waits to be killed.
#include "core/Clock.h"
#include "gui/schedule/ScheduleDraftKeeper.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: schedule_draft_child BASE_URL USER PASSWORD DATA_DIR\n");
        return 2;
    }
    SiteSettings settings(QDir(args.at(4)).filePath(QStringLiteral("child.ini")));
    SiteConnection connection(settings, nullptr);
    connection.setBaseUrl(QUrl(args.at(1)));
    SchedulePage page(connection, SystemClock::instance(), nullptr, args.at(4));
    page.resize(1200, 800);
    page.show();
    QObject::connect(&page, &SchedulePage::editorReady, &page, [&] {
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
