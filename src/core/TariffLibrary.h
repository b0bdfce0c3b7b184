#pragma once

#include "core/Result.h"
#include "core/Tariff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The plans an operator can choose from: Taipower's built in (read-only, from the reference
// table, with the off-peak day calendar), and the operator's own JSON files in one directory
// (copies of a built-in plan with their figures edited, or files written by hand). A plan is
// named by its id: the built-in's key ("taipower-hv-three-period") or the file's base name.
class TariffLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(TariffLibrary)

public:
    struct Entry
    {
        QString id;
        QString name; // the plan's own name; empty when the file cannot be read
        bool builtIn = false;
        QString path; // the operator's file; empty for a built-in plan
        QString error; // why the file cannot be used, with its line
    };

    static constexpr int kMaxUserPlans = 200;

    // `userDirectory` may not exist yet; it is made when a plan is saved.
    explicit TariffLibrary(QString userDirectory);

    // Built-in plans first, then the operator's by file name.
    QList<Entry> plans() const;
    Result<Tariff> load(const QString &id) const;
    // Saves `tariff` as the operator's plan `id` (letters, digits, '-', '_'); a built-in id
    // is refused: a copy needs its own id.
    Result<QString> save(const QString &id, const Tariff &tariff) const;
    // A free id derived from `name` for a new copy ("my-plan", "my-plan-2", ...).
    QString freeId(const QString &name) const;

    static QStringList builtInIds();
    // A built-in plan by id; the ids above always load.
    static Result<Tariff> builtIn(const QString &id);
    // The off-peak days Taipower's plans share, per year.
    static OffPeakCalendar taipowerOffPeakDays();

private:
    QString pathOf(const QString &id) const;

    QString m_directory;
};
