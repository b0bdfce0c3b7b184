#pragma once

#include "optimize/ScheduleSuggester.h"

#include "core/Schedule.h"
#include "core/Tariff.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimeZone>
#include <array>
#include <optional>

class Clock;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class ScheduleModel;
class SiteConnection;
class SuggestHistory;
class SuggestionChart;
struct ProjectionInputs;

// "Suggest…" on the schedule page (docs/suggest.md, docs/product.md): the operator picks the
// day type, the season, the most windows and the end SOC; the dialog gathers the usual day of
// that type from the last four weeks, the battery as the projection knows it and the tariff and
// grid limits of the settings, runs ScheduleSuggester off the GUI thread and shows the windows
// with their projected SOC, what they cost against the server's schedule and the draft, the
// cost of simplicity and any limit they break. "Use as draft" replaces the draft in one undo
// step; nothing is sent.
class SuggestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestDialog)

public:
    // `inputs`: the SOC and capacity as ProjectionFeed read them; `server`: the scheduler's
    // windows (none before they arrive). `plansDirectory` empty: the operator's plans folder.
    SuggestDialog(SiteConnection &connection, const Clock &clock, ScheduleModel &model, const ProjectionInputs &inputs,
                  const std::optional<Schedule> &server, const QTimeZone &zone, QWidget *parent = nullptr,
                  const QString &plansDirectory = QString());
    ~SuggestDialog() override;

    // The costs shown, NT$ per day.
    enum class Figure { Suggestion, Server, Draft, Simplicity };

    const Tariff &tariff() const { return m_tariff; }
    // What the last suggestion was made from, and the suggestion (none until one is ready).
    const SuggestRequest &request() const { return m_request; }
    const std::optional<Suggestion> &suggestion() const { return m_suggestion; }
    bool isWorking() const { return m_watcher.isRunning(); }
    QString figureText(Figure figure) const;
    QString violationsText() const;
    QString statusText() const;

    void setDayType(TariffDayType type);
    void setMaxWindows(int windows);
    // Runs ScheduleSuggester with the choices shown (again once a run in progress finishes).
    void suggest();
    // The suggestion's windows become the draft: one undo step.
    void useAsDraft();

    // "NT$ 1,234.5"
    static QString money(double ntd);

signals:
    void suggested();

private:
    void loadTariff(const QString &plansDirectory);
    void fillSeasons();
    SuggestRequest makeRequest() const;
    // The first of the next days of the request's kind and season whose whole day the solar
    // forecast covers; invalid when none does (the usual day's solar is used then).
    QDate forecastDay(const SuggestRequest &request) const;
    void showSuggestion();
    void showStatus(const QString &text, bool problem);
    void retranslate();
    void showFigureNames();
    void changeEvent(QEvent *event) override;

    SiteConnection &m_connection;
    const Clock &m_clock;
    ScheduleModel &m_model;
    QTimeZone m_zone;
    QDate m_today;
    QDate m_forecastDay; // the day the last suggestion's solar was the forecast of; invalid: a usual day
    double m_startSoc;
    double m_capacityKWh;
    std::optional<Schedule> m_server;
    Tariff m_tariff;
    QString m_tariffProblem;
    SuggestHistory *m_history;
    SuggestRequest m_request;
    std::optional<Suggestion> m_suggestion;
    QFutureWatcher<Suggestion> m_watcher;
    bool m_again = false;

    QFormLayout *m_form;
    QLabel *m_plan;
    QComboBox *m_dayType;
    QComboBox *m_season;
    QSpinBox *m_maxWindows;
    QDoubleSpinBox *m_endSoc;
    QLabel *m_start;
    SuggestionChart *m_chart;
    QLabel *m_chartKey;
    QTableWidget *m_windows;
    std::array<QLabel *, 4> m_figureNames{};
    std::array<QLabel *, 4> m_figures{};
    QLabel *m_violations;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_use;
};
