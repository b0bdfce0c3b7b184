// The schedule page against the in-process emulator (issue 6): apply sends exactly the draft and
// read-back passes; a concurrent edit stops the apply with the three-way view; a PATCH accepted
// but not applied is reported after read-back; a draft survives the app being killed; the
// projection warns when a discharge would empty the battery; table edits move the timeline.
#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "core/ScheduleDraftFile.h"
#include "gui/common/MessageSink.h"
#include "gui/common/Translations.h"
#include "gui/schedule/ApplyDialog.h"
#include "gui/schedule/ConflictDialog.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/schedule/ProjectionStrip.h"
#include "gui/schedule/ScheduleDraftKeeper.h"
#include "gui/schedule/ScheduleLibrary.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/schedule/ScheduleSender.h"
#include "gui/schedule/TimelineEditor.h"
#include "gui/schedule/WindowDialog.h"
#include "gui/site/SettingsDialog.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeEdit>
#include <QTimer>
#include <QtTest>

namespace {

constexpr int H = 3600;

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

} // namespace

class tst_SchedulePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<SchedulePage> m_page;

    SchedulerState serverState()
    {
        std::optional<SchedulerState> state;
        m_connection->scheduler().fetch(this, [&](const ApiError &e, const SchedulerState &s) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            state = s;
        });
        [&] { QVERIFY(QTest::qWaitFor([&] { return state.has_value(); }, 10'000)); }();
        return state.value_or(SchedulerState{});
    }

    // A page as the app opens it: logged in, the server's windows loaded.
    void openPage(const QString &dataDir)
    {
        m_page = std::make_unique<SchedulePage>(*m_connection, m_sim->clock(), nullptr, dataDir);
        m_page->resize(1280, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        connect(m_page.get(), &SchedulePage::failed, this,
                [](const ApiError &e) { qWarning("page failure: %s", qPrintable(e.message())); });
        QSignalSpy ready(m_page.get(), &SchedulePage::editorReady);
        m_page->refresh();
        QVERIFY(ready.wait(15'000));
        QVERIFY(QTest::qWaitFor([&] { return m_page->projectionFeed().inputs().hasSoc(); }, 15'000));
    }

    void drag(const QPoint &from, const QPoint &to)
    {
        TimelineEditor *t = m_page->timeline();
        QTest::mousePress(t, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(t, from + (to - from) * i / 6);
        QTest::mouseRelease(t, Qt::LeftButton, {}, to);
    }

    QPoint at(int second, double kW) const { return m_page->timeline()->pointAt(second, kW * 1000.0).toPoint(); }

    // Once a modal dialog of type T shows, runs `inspect` on it and presses `button` (none: the
    // inspection closes it). Polls with a timer, so it works inside the dialog's own event loop.
    template <typename T> void answerDialog(const QString &button, std::function<void(T *)> inspect, bool *seen)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [=] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            *seen = true;
            inspect(dialog);
            if (button.isEmpty())
                return;
            auto *b = dialog->template findChild<QAbstractButton *>(button);
            QVERIFY2(b, qPrintable(button));
            b->click();
        });
        poll->start();
    }

    void sendAndWait(bool *ok, QString *summary)
    {
        QSignalSpy finished(&m_page->sender(), &ScheduleSender::finished);
        m_page->sender().send();
        QVERIFY(finished.count() > 0 || finished.wait(15'000));
        *summary = finished.last().at(0).toString();
        *ok = finished.last().at(1).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A fixed start, so what the battery holds (and what the projection shows) does not
        // depend on the hour the suite runs: midday in spring, after the morning's charging.
        SimOptions options = SimFixture::testOptions();
        options.startMs = QDateTime(QDate(2026, 4, 15), QTime(12, 0), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch();
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, nullptr);
        m_connection->setBaseUrl(m_sim->baseUrl());
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
    }

    void init() { MessageSink::preAnswer(QMessageBox::Yes); }

    void cleanup()
    {
        m_page.reset();
        m_settings->setBatteryLimits({});
        MessageSink::stopPreAnswering();
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.setPatchAcceptedButNotApplied(false); });
    }

    void editorStartsFromTheServerWindows()
    {
        openPage(m_dir.filePath(QStringLiteral("start")));
        const SchedulerState server = serverState();
        QVERIFY(m_page->model().draft().sameWindowsAs(server.schedule));
        QVERIFY(!m_page->model().isModified());
        QCOMPARE(m_page->model().baseUpdateTime(), server.updateTime);
        QCOMPARE(m_page->table()->model()->rowCount(), int(DailyWindows::fromSchedule(server.schedule).size()));
    }

    void theDraftLineCountsEditsInPlainEnglish()
    {
        Translations::apply(QStringLiteral("en"));
        openPage(m_dir.filePath(QStringLiteral("plural")));
        m_page->model().edit({window(1 * H, 2 * H, 5)}, QStringLiteral("one"));
        m_page->model().edit({window(1 * H, 3 * H, 5)}, QStringLiteral("two"));
        const QString line = m_page->findChild<QLabel *>(QStringLiteral("draftLine"))->text();
        QVERIFY2(line.startsWith(QStringLiteral("Draft not sent (2 edits)")), qPrintable(line));
    }

    void tableEditsMoveTheTimeline()
    {
        openPage(m_dir.filePath(QStringLiteral("table")));
        m_page->model().edit({window(1 * H, 3 * H, 10)}, QStringLiteral("test setup"));
        QTableView *table = m_page->table();
        // Type a new start and stop into the table's time editors, as an operator would.
        const auto type = [&](int column, const QTime &time) {
            const QModelIndex index = m_page->model().index(0, column);
            table->setCurrentIndex(index);
            table->edit(index);
            // The view deletes its editor (deleteLater) once the data is committed: only a
            // guarded pointer may be asked about it after Return.
            const QPointer<QTimeEdit> editor = table->findChild<QTimeEdit *>();
            QVERIFY(editor);
            editor->setTime(time);
            QTest::keyClick(editor, Qt::Key_Return);
            // The data is committed before the editor goes; its deletion ends the edit, and the
            // next findChild() cannot find this editor again.
            QTRY_VERIFY(editor.isNull());
        };
        type(ScheduleModel::StartColumn, QTime(2, 0));
        QCOMPARE(m_page->model().window(0).describe(), window(2 * H, 3 * H, 10).describe());
        type(ScheduleModel::StopColumn, QTime(6, 0));
        QCOMPARE(m_page->model().window(0).describe(), window(2 * H, 6 * H, 10).describe());
        int row = -1;
        QCOMPARE(m_page->timeline()->handleAt(at(5 * H, 5), &row), TimelineEditor::Handle::Move);
        QCOMPARE(row, 0);
        // And the power, in kW.
        const QModelIndex power = m_page->model().index(0, ScheduleModel::PowerColumn);
        table->setCurrentIndex(power);
        table->edit(power);
        auto *spin = table->findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 30.0);
        spin->setValue(-12.5);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(m_page->model().window(0).powerW, -12500.0);
        QCOMPARE(m_page->timeline()->handleAt(at(5 * H, -5), &row), TimelineEditor::Handle::Move);
    }

    void applySendsExactlyTheDraftAndReadsItBack()
    {
        openPage(m_dir.filePath(QStringLiteral("apply")));
        // The operator's goal: a 17:00–19:00 −20 kW window made by dragging on empty space.
        m_page->model().edit({window(1 * H, 3 * H, 10)}, QStringLiteral("test setup"));
        drag(at(17 * H, -20), at(19 * H, -20));
        const QList<DailyWindow> draft{window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)};
        QCOMPARE(m_page->model().windows(), draft);
        const QDateTime before = serverState().updateTime;
        bool seen = false;
        answerDialog<ApplyDialog>(
            QStringLiteral("sendButton"),
            [](ApplyDialog *d) {
                // The diff names what changes on the server.
                QVERIFY(d->changes()->rowCount() >= 2);
            },
            &seen);
        bool ok = false;
        QString summary;
        sendAndWait(&ok, &summary);
        QVERIFY(seen);
        QVERIFY2(ok, qPrintable(summary));
        const SchedulerState after = serverState();
        QCOMPARE(DailyWindows::fromSchedule(after.schedule), draft);
        QVERIFY(after.updateTime > before);
        QVERIFY(!m_page->model().isModified());
        QCOMPARE(m_page->model().baseUpdateTime(), after.updateTime);
        QVERIFY(!QFile::exists(m_page->draftKeeper().path()));
    }

    void nothingIsSentWithoutConfirmation()
    {
        openPage(m_dir.filePath(QStringLiteral("cancel")));
        const SchedulerState before = serverState();
        m_page->model().edit({window(5 * H, 6 * H, 3)}, QStringLiteral("test setup"));
        bool seen = false;
        answerDialog<ApplyDialog>(
            QStringLiteral(""), [](ApplyDialog *d) { d->reject(); }, &seen);
        m_page->sender().send();
        QVERIFY(QTest::qWaitFor([&] { return seen; }, 10'000));
        QTest::qWait(300);
        const SchedulerState after = serverState();
        QCOMPARE(after.updateTime, before.updateTime);
        QVERIFY(m_page->model().isModified());
    }

    void theStatusLineFollowsALanguageSwitch()
    {
        openPage(m_dir.filePath(QStringLiteral("language")));
        Translations::apply(QStringLiteral("zh_TW"));
        m_page->model().edit({window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)}, QStringLiteral("test setup"));
        bool seen = false;
        answerDialog<ApplyDialog>(
            QStringLiteral("sendButton"), [](ApplyDialog *) {}, &seen);
        bool ok = false;
        QString summary;
        sendAndWait(&ok, &summary);
        QVERIFY2(ok, qPrintable(summary));
        QTRY_VERIFY(!m_page->statusText().isEmpty());
        const QString chinese = m_page->statusText();
        Translations::apply(QStringLiteral("en"));
        QTRY_VERIFY2(m_page->statusText() != chinese, qPrintable(m_page->statusText()));
        QCOMPARE(m_page->statusText(), QStringLiteral("Sent and confirmed: the scheduler holds exactly these windows."));
    }

    void ctrlYRedoesAndCtrlEnterOpensTheSendDialog()
    {
        openPage(m_dir.filePath(QStringLiteral("keys")));
        m_page->activateWindow();
        m_page->timeline()->setFocus();
        m_page->model().edit({window(5 * H, 6 * H, 3)}, QStringLiteral("test setup"));
        const int steps = m_page->model().undoStack()->index();
        m_page->model().undoStack()->undo();
        QCOMPARE(m_page->model().undoStack()->index(), steps - 1);
        QTest::keyClick(m_page->timeline(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_page->model().undoStack()->index(), steps);
        bool seen = false;
        answerDialog<ApplyDialog>(
            QStringLiteral(""), [](ApplyDialog *d) { d->reject(); }, &seen);
        QTest::keyClick(m_page->timeline(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return seen; }, 10'000));
    }

    void aConcurrentEditStopsTheApplyWithTheThreeWayView()
    {
        openPage(m_dir.filePath(QStringLiteral("conflict")));
        const Schedule base = m_page->model().base();
        m_page->model().edit({window(9 * H, 10 * H, 4)}, QStringLiteral("test setup"));
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.editScheduleBehindTheClientsBack(); });
        const SchedulerState edited = serverState();
        QVERIFY(!edited.schedule.sameWindowsAs(base));
        bool confirmed = false;
        answerDialog<ApplyDialog>(
            QStringLiteral("sendButton"), [](ApplyDialog *) {}, &confirmed);
        bool sawConflict = false;
        answerDialog<ConflictDialog>(
            QStringLiteral("keepEditingButton"),
            [&](ConflictDialog *d) {
                // Server, draft and base side by side.
                QCOMPARE(d->serverTable()->rowCount(), int(DailyWindows::fromSchedule(edited.schedule).size()));
                QCOMPARE(d->draftTable()->rowCount(), 1);
                QCOMPARE(d->draftTable()->item(0, 0)->text(), window(9 * H, 10 * H, 4).describe());
                QCOMPARE(d->baseTable()->rowCount(), int(DailyWindows::fromSchedule(base).size()));
            },
            &sawConflict);
        bool ok = true;
        QString summary;
        sendAndWait(&ok, &summary);
        QVERIFY(sawConflict);
        QVERIFY(!ok);
        // Nothing was sent: the server keeps the other operator's windows, the draft is kept.
        const SchedulerState after = serverState();
        QCOMPARE(after.updateTime, edited.updateTime);
        QVERIFY(after.schedule.sameWindowsAs(edited.schedule));
        QCOMPARE(m_page->model().windows(), QList<DailyWindow>{window(9 * H, 10 * H, 4)});
    }

    void aServerChangeWhileTheApplyDialogIsOpenIsAConflict()
    {
        openPage(m_dir.filePath(QStringLiteral("midconfirm")));
        const SchedulerState before = serverState();
        bool confirmed = false;
        answerDialog<ApplyDialog>(
            QStringLiteral("sendButton"),
            [&](ApplyDialog *) {
                // Another operator edits while this one reads the dialog; a refresh comes by.
                m_sim->runOnSim([](SimSite &site, SimServer &) { site.editScheduleBehindTheClientsBack(); });
                m_page->refresh();
                QTest::qWait(500);
            },
            &confirmed);
        bool sawConflict = false;
        answerDialog<ConflictDialog>(
            QStringLiteral("keepEditingButton"), [](ConflictDialog *) {}, &sawConflict);
        bool ok = true;
        QString summary;
        sendAndWait(&ok, &summary);
        QVERIFY(confirmed);
        QVERIFY2(sawConflict, qPrintable(summary));
        QVERIFY(!ok);
        // What was shown is what would have gone; the other operator's windows stay.
        QVERIFY(!serverState().schedule.sameWindowsAs(before.schedule));
    }

    void aPatchAcceptedButNotAppliedIsReported()
    {
        openPage(m_dir.filePath(QStringLiteral("notapplied")));
        const SchedulerState before = serverState();
        m_page->model().edit({window(9 * H, 11 * H, 6)}, QStringLiteral("test setup"));
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.setPatchAcceptedButNotApplied(true); });
        bool confirmed = false;
        answerDialog<ApplyDialog>(
            QStringLiteral("sendButton"), [](ApplyDialog *) {}, &confirmed);
        MessageSink::preAnswer(QMessageBox::Ok);
        bool ok = true;
        QString summary;
        sendAndWait(&ok, &summary);
        QVERIFY(!ok);
        QVERIFY2(summary.contains(QStringLiteral("Not applied")), qPrintable(summary));
        const QString told = MessageSink::shownTexts().join(QLatin1Char('\n'));
        QVERIFY2(told.contains(QStringLiteral("09:00–11:00, +6 kW")), qPrintable(told));
        QVERIFY(serverState().schedule.sameWindowsAs(before.schedule));
        QVERIFY(m_page->model().isModified()); // the draft is kept
    }

    void projectionWarnsWhenADischargeWouldEmptyTheBattery()
    {
        openPage(m_dir.filePath(QStringLiteral("projection")));
        // 20 kW for six hours is 120 kWh, more than the units hold whatever their SOC.
        m_page->model().edit({window(14 * H, 20 * H, -20)}, QStringLiteral("test setup"));
        const SocProjectionResult p = m_page->projectionStrip()->projection();
        QVERIFY(p.isValid());
        QVERIFY(!p.warnings.isEmpty());
        QCOMPARE(p.warnings.first().kind, ProjectionWarning::Kind::Empty);
        QVERIFY(p.warnings.first().missingKWh > 1);
        QVERIFY(p.socPercent.valueRange()->min >= 10.0 - 1e-6);
        // The apply dialog shows the same warning before anything is sent.
        bool seen = false;
        answerDialog<ApplyDialog>(
            QStringLiteral(""),
            [&](ApplyDialog *d) {
                const QString text = d->findChild<QLabel *>(QStringLiteral("warnings"))->text();
                QVERIFY2(text.contains(QStringLiteral("empty")), qPrintable(text));
                d->reject();
            },
            &seen);
        m_page->sender().send();
        QVERIFY(QTest::qWaitFor([&] { return seen; }, 10'000));
    }

    void doubleClickEditsAWindowExactly()
    {
        openPage(m_dir.filePath(QStringLiteral("dialog")));
        m_page->model().edit({window(1 * H, 3 * H, 10)}, QStringLiteral("test setup"));
        bool seen = false;
        answerDialog<WindowDialog>(
            QStringLiteral(""),
            [](WindowDialog *d) {
                d->findChild<QTimeEdit *>(QStringLiteral("start"))->setTime(QTime(1, 30));
                d->findChild<QTimeEdit *>(QStringLiteral("stop"))->setTime(QTime(4, 45));
                d->findChild<QDoubleSpinBox *>(QStringLiteral("power"))->setValue(7.5);
                d->accept();
            },
            &seen);
        QTest::mouseDClick(m_page->timeline(), Qt::LeftButton, {}, at(2 * H, 5));
        QVERIFY(seen);
        QCOMPARE(m_page->model().window(0).describe(), window(1 * H + 1800, 4 * H + 2700, 7.5).describe());
        // A value the rules refuse keeps the dialog open with the reason, and changes nothing.
        bool refused = false;
        answerDialog<WindowDialog>(
            QStringLiteral(""),
            [&](WindowDialog *d) {
                d->findChild<QDoubleSpinBox *>(QStringLiteral("power"))->setValue(0);
                d->accept();
                auto *problem = d->findChild<QLabel *>(QStringLiteral("problem"));
                refused = d->isVisible() && problem->isVisible() && !problem->text().isEmpty();
                d->reject();
            },
            &seen);
        QTest::mouseDClick(m_page->timeline(), Qt::LeftButton, {}, at(2 * H, 5));
        QVERIFY(refused);
        QCOMPARE(m_page->model().window(0).describe(), window(1 * H + 1800, 4 * H + 2700, 7.5).describe());
    }

    void aUnitCarryingMoreThanItsLimitIsWarned()
    {
        openPage(m_dir.filePath(QStringLiteral("units")));
        m_page->model().edit({window(17 * H, 19 * H, -25)}, QStringLiteral("test setup"));
        QVERIFY(m_page->model().unitWarnings().isEmpty()); // 8.3 kW each of three
        // One unit goes offline: two carry 12.5 kW each, above their 10 kW.
        m_page->model().setUnits(2, 10000);
        QVERIFY(m_page->model().exceedsUnitLimit(0));
        const QString text = m_page->findChild<QLabel *>(QStringLiteral("unitShare"))->text();
        QVERIFY2(text.contains(QStringLiteral("12.5 kW")), qPrintable(text));
        bool seen = false;
        answerDialog<ApplyDialog>(
            QStringLiteral(""),
            [](ApplyDialog *d) {
                const QString warnings = d->findChild<QLabel *>(QStringLiteral("warnings"))->text();
                QVERIFY2(warnings.contains(QStringLiteral("12.5 kW")), qPrintable(warnings));
                d->reject();
            },
            &seen);
        m_page->sender().send();
        QVERIFY(seen);
    }

    void templatesAndFilesLoadAsOneUndoStep()
    {
        openPage(m_dir.filePath(QStringLiteral("library")));
        const QList<DailyWindow> evening{window(18 * H, 21 * H, -15), window(23 * H, 25 * H, 5)};
        m_page->model().edit(evening, QStringLiteral("test setup"));
        ScheduleLibrary &library = m_page->library();
        QVERIFY(library.saveTemplate(QStringLiteral("Evening peak")));
        const QString file = m_dir.filePath(QStringLiteral("evening.json"));
        QVERIFY(library.exportTo(file, QStringLiteral("Evening peak")));
        m_page->model().edit({window(1 * H, 2 * H, 3)}, QStringLiteral("something else"));
        const int steps = m_page->model().undoStack()->count();
        QVERIFY(library.loadTemplate(QStringLiteral("Evening peak")));
        QCOMPARE(m_page->model().windows(), evening);
        QCOMPARE(m_page->model().undoStack()->count(), steps + 1);
        m_page->model().undoStack()->undo();
        QCOMPARE(m_page->model().windows(), QList<DailyWindow>{window(1 * H, 2 * H, 3)});
        QVERIFY(library.importFrom(file));
        QCOMPARE(m_page->model().windows(), evening);
        // A broken file is refused with the reason and changes nothing.
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"aegis_schedule\": {\"format\": 1, \"windows\": [{\"start_time\": 3600}]}}");
        broken.close();
        MessageSink::preAnswer(QMessageBox::Ok);
        const qsizetype told = MessageSink::shownTexts().size();
        QVERIFY(!library.importFrom(broken.fileName()));
        QCOMPARE(MessageSink::shownTexts().size(), told + 1);
        QVERIFY2(MessageSink::shownTexts().last().contains(QStringLiteral("stop_time")),
                 qPrintable(MessageSink::shownTexts().last()));
        QCOMPARE(m_page->model().windows(), evening);
    }

    void theProjectionKeepsToTheSettingsSocLimits()
    {
        // A floor between the built-in 10 % and the emulator's SOC at its fixed start.
        openPage(m_dir.filePath(QStringLiteral("soclimits")));
        const double socNow = m_page->projectionFeed().inputs().socPercent;
        QVERIFY2(socNow >= 20.0, qPrintable(QString::number(socNow)));
        const double floor = std::round((10.0 + socNow) / 2.0);
        m_page.reset();
        m_settings->setBatteryLimits({floor, 90.0, 10000.0});
        openPage(m_dir.filePath(QStringLiteral("soclimits")));
        m_page->model().edit({window(14 * H, 20 * H, -20)}, QStringLiteral("test setup"));
        const SocProjectionResult p = m_page->projectionStrip()->projection();
        QVERIFY(p.isValid());
        // The battery stops at the operator's floor, not the built-in 10 %.
        QVERIFY2(std::abs(p.socPercent.valueRange()->min - floor) < 1e-6,
                 qPrintable(QString::number(p.socPercent.valueRange()->min)));
        QVERIFY(!p.warnings.isEmpty());
    }

    void theSettingsDialogRefusesLimitsTheWrongWayRound()
    {
        SettingsDialog dialog(*m_settings);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("socMin"))->setValue(90);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("socMax"))->setValue(80);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("unitLimit"))->setValue(12.5);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))->isVisible());
        QCOMPARE(m_settings->batteryLimits(), BatteryLimits{});
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("socMin"))->setValue(20);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->batteryLimits(), (BatteryLimits{20.0, 80.0, 12500.0}));
        m_settings->setBatteryLimits({});
    }

    void aDraftSurvivesTheAppBeingKilled()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("killed"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QString::fromLocal8Bit(qgetenv("AEGIS_DRAFT_CHILD")),
                    {m_sim->baseUrl().toString(), m_sim->user(), m_sim->password(), dataDir});
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30'000));
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("saved ")), qPrintable(line));
        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next start offers the draft; the operator keeps it.
        MessageSink::preAnswer(QMessageBox::Yes);
        const qsizetype told = MessageSink::shownTexts().size();
        openPage(dataDir);
        const QStringList texts = MessageSink::shownTexts().mid(told);
        QVERIFY2(texts.join(QString()).contains(QStringLiteral("12:00–13:00, +5 kW")), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(m_page->model().windows().contains(window(12 * H, 13 * H, 5)));
        QVERIFY(m_page->model().isModified());
        QCOMPARE(m_page->model().baseUpdateTime(), serverState().updateTime);
    }

    void aDraftSurvivesKillsWhileTheAppKeepsSaving()
    {
        // The child edits and saves large drafts one after another (ScheduleDraftChild "loop") and
        // is SIGKILLed, round after round in the same data folder: in even rounds after a random
        // time, in odd ones as the draft folder or file changes for the Nth time (N random), which
        // falls inside a save. Each time the next start offers a whole draft, the last one the
        // child reported saved or the one it was saving when it died, never a damaged or empty one.
        const QString dataDir = m_dir.filePath(QStringLiteral("killed-while-saving"));
        const QString draftFolder = QDir(dataDir).filePath(QStringLiteral("drafts"));
        const QString draftPath =
            ScheduleDraftFile(draftFolder, m_connection->baseUrl().toString(), m_connection->scheduler().schedulerId()).path();
        QRandomGenerator random(20261207);
        for (int round = 0; round < 10; ++round) {
            m_page.reset();
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QString::fromLocal8Bit(qgetenv("AEGIS_DRAFT_CHILD")),
                        {m_sim->baseUrl().toString(), m_sim->user(), m_sim->password(), dataDir, QStringLiteral("loop")});
            QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
            QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30'000));
            QVERIFY2(child.state() == QProcess::Running, "the child stopped before its first save");
            if (round % 2 == 0) {
                QThread::usleep(random.bounded(20'000, 400'000)); // it saves on meanwhile
                child.kill();
            } else {
                QFileSystemWatcher watcher({draftFolder, draftPath});
                const int killAt = random.bounded(1, 12);
                int changes = 0;
                const auto changed = [&] {
                    if (++changes == killAt)
                        child.kill();
                };
                connect(&watcher, &QFileSystemWatcher::directoryChanged, &child, changed);
                connect(&watcher, &QFileSystemWatcher::fileChanged, &child, changed);
                if (!QTest::qWaitFor([&] { return changes >= killAt; }, 20'000))
                    child.kill();
            }
            QVERIFY(child.waitForFinished(10'000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            int latest = -1;
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("saved "))
                    latest = line.mid(6).toInt();
            }
            QVERIFY(latest >= 0);

            MessageSink::preAnswer(QMessageBox::Yes);
            const qsizetype told = MessageSink::shownTexts().size();
            openPage(dataDir);
            const QString texts = MessageSink::shownTexts().mid(told).join(QLatin1Char('\n'));
            // One question, the offer; a damaged draft would have been put aside as "*.damaged-*".
            QCOMPARE(MessageSink::shownTexts().size(), told + 1);
            QVERIFY2(!texts.contains(QStringLiteral(".damaged-")), qPrintable(texts));
            // Edit K has 8 + K % 8 windows with notes of the letter 'a' + K % 26 (ScheduleDraftChild).
            const QList<DailyWindow> kept = m_page->model().windows();
            QVERIFY(!kept.isEmpty());
            const QString note = kept.first().extra.value(QStringLiteral("note")).toString();
            const auto isEdit = [&](int k) {
                return kept.size() == 8 + k % 8 && note == QString(256 * 1024, QLatin1Char(char('a' + k % 26)));
            };
            QVERIFY2(
                isEdit(latest) || isEdit(latest + 1),
                qPrintable(QStringLiteral("round %1: the child saved edit %2 last; the draft offered has %3 windows, note %4")
                               .arg(round)
                               .arg(latest)
                               .arg(kept.size())
                               .arg(note.left(1))));
            QVERIFY(m_page->model().isModified());
        }
        m_page.reset();
    }

    void aDiscardedDraftIsGone()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("discard"));
        // A draft of this server and scheduler, as an earlier session left it.
        const SchedulerState server = serverState();
        ScheduleDraftFile file(QDir(dataDir).filePath(QStringLiteral("drafts")), m_connection->baseUrl().toString(),
                               m_connection->scheduler().schedulerId());
        ScheduleDraft saved;
        saved.schedulerId = m_connection->scheduler().schedulerId();
        saved.serverUrl = m_connection->baseUrl().toString();
        saved.draft = DailyWindows::toSchedule({window(6 * H, 7 * H, 2)});
        saved.base = server.schedule;
        saved.baseUpdateTime = server.updateTime;
        saved.savedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(file.save(saved).ok());
        QVERIFY(QFile::exists(file.path()));
        MessageSink::preAnswer(QMessageBox::Discard);
        openPage(dataDir);
        QVERIFY(!m_page->model().isModified());
        QVERIFY(m_page->model().draft().sameWindowsAs(server.schedule));
        QVERIFY(!QFile::exists(m_page->draftKeeper().path()));
    }

    void aDamagedDraftIsKeptAsideNotSavedOver()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("damaged"));
        ScheduleDraftFile file(QDir(dataDir).filePath(QStringLiteral("drafts")), m_connection->baseUrl().toString(),
                               m_connection->scheduler().schedulerId());
        QVERIFY(QDir().mkpath(QFileInfo(file.path()).path()));
        QFile damaged(file.path());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ not a draft");
        damaged.close();
        MessageSink::preAnswer(QMessageBox::Ok);
        const qsizetype told = MessageSink::shownTexts().size();
        openPage(dataDir);
        QCOMPARE(MessageSink::shownTexts().size(), told + 1);
        const QString text = MessageSink::shownTexts().last();
        QVERIFY2(text.contains(QStringLiteral(".damaged-")), qPrintable(text));
        const QStringList aside = QDir(QFileInfo(file.path()).path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        // The next edit saves a new draft; the damaged one stays as it was.
        m_page->model().edit({window(6 * H, 7 * H, 2)}, QStringLiteral("an edit"));
        QVERIFY(QFile::exists(file.path()));
        QFile kept(QDir(QFileInfo(file.path()).path()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ not a draft"));
    }
};

QTEST_MAIN(tst_SchedulePage)
#include "tst_SchedulePage.moc"
