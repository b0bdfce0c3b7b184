// A layout that holds still: every page fits 1280×800, the tabs never move, the window never
// grows itself, the site tree can be closed and brought back from View, and size, dock and
// range come back at the next start; the schedule timeline stays put while messages change.
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/schedule/TimelineEditor.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class tst_MainWindowLayout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ViewCache> m_cache;

    struct Session
    {
        std::unique_ptr<SiteSettings> settings;
        std::unique_ptr<SiteConnection> connection;
        std::unique_ptr<MainWindow> window;
    };

    Session open(const QString &ini)
    {
        Session s;
        s.settings = std::make_unique<SiteSettings>(m_dir.filePath(ini));
        s.connection = std::make_unique<SiteConnection>(*s.settings, m_cache.get());
        s.connection->setDemo(true);
        s.connection->setBaseUrl(m_sim->baseUrl());
        s.window = std::make_unique<MainWindow>(*s.connection, SystemClock::instance());
        return s;
    }

    static QTabWidget *tabs(MainWindow &w) { return w.findChild<QTabWidget *>(QStringLiteral("pages")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QGuiApplication::setApplicationDisplayName(QStringLiteral("AEGIS Console"));
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_cache = std::make_unique<ViewCache>(m_dir.filePath(QStringLiteral("cache")));
    }

    void everyPageFits1280x800()
    {
        Session s = open(QStringLiteral("fits.ini"));
        MainWindow &w = *s.window;
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showDevice(QStringLiteral("HERMES_PV000001"));
        const QSize size = w.size();
        QTabWidget *pages = tabs(w);
        QPoint tabBarAt;
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
            QVERIFY2(minimum.height() <= 720,
                     qPrintable(QStringLiteral("%1: %2 px high").arg(pages->tabText(i)).arg(minimum.height())));
            QVERIFY2(minimum.width() <= 1280,
                     qPrintable(QStringLiteral("%1: %2 px wide").arg(pages->tabText(i)).arg(minimum.width())));
            // The window does not grow itself, and the tabs stay where they are.
            QCOMPARE(w.size(), size);
            const QPoint at = pages->tabBar()->mapTo(&w, QPoint(0, 0));
            if (i == 0)
                tabBarAt = at;
            QVERIFY2(
                at == tabBarAt,
                qPrintable(QStringLiteral("%1: tab bar at y=%2, was %3").arg(pages->tabText(i)).arg(at.y()).arg(tabBarAt.y())));
        }
    }

    void theTitleDoesNotRepeatTheAppName()
    {
        Session s = open(QStringLiteral("title.ini"));
        // The platform adds the application's display name after the window's own title.
        QVERIFY(!s.window->windowTitle().isEmpty());
        QVERIFY2(!s.window->windowTitle().contains(QGuiApplication::applicationDisplayName()),
                 qPrintable(s.window->windowTitle()));
    }

    void theSiteTreeClosesAndComesBackFromView()
    {
        Session s = open(QStringLiteral("dock.ini"));
        MainWindow &w = *s.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("siteDock"));
        QVERIFY(dock);
        QVERIFY(dock->features().testFlag(QDockWidget::DockWidgetClosable));
        auto *view = w.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QAction *toggle = w.findChild<QAction *>(QStringLiteral("actionShowSiteTree"));
        QVERIFY(view && toggle);
        QVERIFY(view->actions().contains(toggle));
        QVERIFY(!toggle->text().isEmpty());
        QVERIFY(toggle->isChecked());
        dock->close();
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }

    void sizeDockAndRangeComeBackAtTheNextStart()
    {
        {
            Session s = open(QStringLiteral("restore.ini"));
            MainWindow &w = *s.window;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1111, 733);
            QTRY_COMPARE(w.size(), QSize(1111, 733));
            w.findChild<QDockWidget *>(QStringLiteral("siteDock"))->close();
            tabs(w)->setCurrentIndex(1); // the range applies to the chart pages
            w.rangeBar()
                ->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(TimeRange::Preset::Last30Days)))
                ->click();
            w.close();
        }
        Session s = open(QStringLiteral("restore.ini"));
        MainWindow &w = *s.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1111, 733));
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("siteDock"))->isVisible());
        QCOMPARE(w.rangeBar()->range().preset, TimeRange::Preset::Last30Days);
        // A custom range comes back as the same days.
        w.rangeBar()->setCustomDays(QDate(2026, 3, 2), QDate(2026, 3, 4));
        const TimeRange custom = w.rangeBar()->range();
        w.close();
        Session again = open(QStringLiteral("restore.ini"));
        QCOMPARE(again.window->rangeBar()->range().start, custom.start);
        QCOMPARE(again.window->rangeBar()->range().stop, custom.stop);
    }

    void theTimelineHoldsStillWhileMessagesChange()
    {
        Session s = open(QStringLiteral("schedule.ini"));
        MainWindow &w = *s.window;
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        bool loggedIn = false;
        s.connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        w.start();
        SchedulePage *page = w.schedulePage();
        for (int i = 0; i < tabs(w)->count(); ++i) {
            if (tabs(w)->widget(i)->isAncestorOf(page))
                tabs(w)->setCurrentIndex(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->model().hasBase(), 15'000);
        QCoreApplication::processEvents();
        TimelineEditor *timeline = page->timeline();
        const QRect before(timeline->mapTo(&w, QPoint(0, 0)), timeline->size());
        // An edit (the Undo button names it), a refused edit's message, and a window the battery
        // cannot serve in full (a projection warning) all at once.
        QList<DailyWindow> windows;
        for (int r = 0; r < page->model().rowCount(); ++r)
            windows.append(page->model().window(r));
        windows.append(DailyWindow{1 * 3600, 3 * 3600, -60'000, {}});
        windows.append(DailyWindow{4 * 3600, 3 * 3600, -60'000, {}});
        page->model().edit(windows, QStringLiteral("add two long discharge windows at full power"));
        emit page->model().editRefused(QStringLiteral("A long reason why the last edit was held at the site's discharge limit."));
        QTest::qWait(300);
        QCoreApplication::processEvents();
        const QRect after(timeline->mapTo(&w, QPoint(0, 0)), timeline->size());
        QCOMPARE(after, before);
        page->model().undoStack()->undo();
    }
};

QTEST_MAIN(tst_MainWindowLayout)
#include "tst_MainWindowLayout.moc"
