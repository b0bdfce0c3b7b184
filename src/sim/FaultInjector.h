#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

// The emulator's faults (docs/emulator.md "Fault injection"): the settings, and one seeded random
// decision per AEGIS request so that a test run is reproducible. JSON keys as in /sim/faults.
class FaultInjector final
{
public:
    struct Settings
    {
        int latencyMs = 0; // latency_ms: every reply waits this long
        int latencyJitterMs = 0; // latency_jitter_ms: plus a random 0..N ms
        double error500Share = 0; // error_500_share
        double error503Share = 0; // error_503_share
        int retryAfterSeconds = 1; // retry_after_s: the 503's Retry-After
        double htmlErrorShare = 0; // html_error_share: a 502 nginx page
        double cutShare = 0; // cut_share: half the body, then the connection closes
        double malformedJsonShare = 0; // malformed_json_share: a 200 with truncated JSON
        int trickleBytesPerSecond = 0; // trickle_bytes_per_s: 0 = full speed
        bool hang = false; // hang: never answer
        int tokenLifetimeSeconds = 3600; // token_lifetime_s
        bool loginFails = false; // login_fails: 401 even for good credentials
        bool patchNotApplied = false; // patch_not_applied: PATCH answers 200, changes nothing
        quint32 seed = 1; // seed: of the random decisions
        QStringList routes; // routes: prefixes such as "device_datas" or "PATCH power_schedulers"; empty = all
    };

    // What happens to one request. The shares are stacked in this order on one random draw,
    // so they exclude each other; beyond a sum of 1 the later ones get less.
    enum class Outcome { Normal, Error500, Error503, HtmlError, Cut, MalformedJson };

    struct Decision
    {
        Outcome outcome = Outcome::Normal;
        int delayMs = 0;
        int trickleBytesPerSecond = 0;
        bool hang = false;
    };

    explicit FaultInjector(int tokenLifetimeSeconds = 3600, quint32 seed = 1);

    const Settings &settings() const { return m_settings; }
    QJsonObject toJson() const;

    // Sets the given keys and keeps the others. On an unknown key or a bad value nothing
    // changes and the error names the key.
    Result<bool> merge(const QJsonObject &changes);
    // Everything off; token lifetime and seed back to their start values.
    void reset();

    // Whether faults apply to this AEGIS route ("auth/login", "power_schedulers/4", ...).
    bool appliesTo(const QString &method, const QString &route) const;
    // Draws the fate of one request; always the same number of draws, whatever is switched on.
    Decision decide();

    static QStringList keys();
    // The command line's `key=value` as a change for merge(); a bare `key` means true.
    static Result<QJsonObject> parseAssignment(const QString &assignment);

private:
    Settings m_defaults;
    Settings m_settings;
    QRandomGenerator m_random;
};
