#include "sim/WeatherModel.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr double kLatitudeDeg = 23.0;
constexpr double kLongitudeDeg = 120.27;
constexpr double kMinutesPerDay = 1440.0;
constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;
constexpr double kPi = std::numbers::pi;

// Independent random streams: clouds, forecast errors, sensors and loads never share draws.
enum class Stream : quint64 {
    DayKind = 1,
    DayClearness,
    CloudSlow,
    CloudFast,
    ProfileNoise,
    Sensor,
    ForecastSize,
    ForecastSign,
    DayTemperature,
    TemperatureDrift,
    LoadNight,
    LoadPeak,
    LoadNoiseK,
    LoadNoiseA,
    Attendance,
};

// splitmix64's finalizer: a well-mixed 64-bit hash of a 64-bit key.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A uniform draw in [0, 1) that depends only on (seed, stream, key).
double uniform(quint64 seed, Stream stream, qint64 key)
{
    const quint64 h = mix(mix(seed) ^ mix(quint64(stream) * 0xD6E8FEB86659FD93ULL) ^ quint64(key));
    return double(h >> 11) * 0x1.0p-53;
}

double smoothstep(double edge0, double edge1, double x)
{
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// Value noise in [0, 1]: hashed values at knots every `period` minutes, joined smoothly.
double smoothNoise(quint64 seed, Stream stream, double minutes, double period)
{
    const double x = minutes / period;
    const double knot = std::floor(x);
    const double a = uniform(seed, stream, qint64(knot));
    const double b = uniform(seed, stream, qint64(knot) + 1);
    return a + (b - a) * smoothstep(0.0, 1.0, x - knot);
}

// Noise in [-1, 1], for symmetric wiggles.
double signedNoise(quint64 seed, Stream stream, double minutes, double period)
{
    return 2.0 * smoothNoise(seed, stream, minutes, period) - 1.0;
}

double nonNegative(double v)
{
    return std::isfinite(v) ? std::max(v, 0.0) : 0.0;
}

// An instant as the site sees it: the local date and minute (via the zone, not a fixed
// offset), and the UTC minute count that drives the noise so it runs on across midnight.
struct SiteTime
{
    QDate date;
    qint64 julianDay = 0;
    double minuteOfDay = 0;
    double offsetMinutes = 0;
    double utcMinutes = 0;
};

SiteTime siteTime(qint64 ms)
{
    static const QTimeZone zone = WeatherModel::siteZone();
    const int offsetSeconds = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    const qint64 localMs = ms + qint64(offsetSeconds) * 1000;
    qint64 day = localMs / kMsPerDay;
    if (localMs % kMsPerDay < 0)
        --day;
    SiteTime t;
    t.julianDay = day + kUnixEpochJulianDay;
    t.date = QDate::fromJulianDay(t.julianDay);
    t.minuteOfDay = double(localMs - day * kMsPerDay) / kMsPerMinute;
    t.offsetMinutes = offsetSeconds / 60.0;
    t.utcMinutes = double(ms) / kMsPerMinute;
    return t;
}

// Cosine of the solar zenith angle (NOAA's low-precision formulas: fractional year,
// equation of time, declination, hour angle).
double cosZenith(const SiteTime &t)
{
    const double gamma = 2.0 * kPi / 365.0 * (t.date.dayOfYear() - 1 + (t.minuteOfDay / 60.0 - 12.0) / 24.0);
    const double eotMinutes = 229.18
        * (0.000075 + 0.001868 * std::cos(gamma) - 0.032077 * std::sin(gamma) - 0.014615 * std::cos(2 * gamma)
           - 0.040849 * std::sin(2 * gamma));
    const double declination = 0.006918 - 0.399912 * std::cos(gamma) + 0.070257 * std::sin(gamma) - 0.006758 * std::cos(2 * gamma)
        + 0.000907 * std::sin(2 * gamma) - 0.002697 * std::cos(3 * gamma) + 0.00148 * std::sin(3 * gamma);
    const double trueSolarMinutes = t.minuteOfDay + eotMinutes + 4.0 * kLongitudeDeg - t.offsetMinutes;
    const double hourAngle = (trueSolarMinutes / 4.0 - 180.0) * kPi / 180.0;
    const double latitude = kLatitudeDeg * kPi / 180.0;
    return std::sin(latitude) * std::sin(declination) + std::cos(latitude) * std::cos(declination) * std::cos(hourAngle);
}

// Haurwitz's clear-sky model: GHI from the zenith angle alone.
double haurwitz(double cosZ)
{
    if (cosZ <= 0.0)
        return 0.0;
    return 1098.0 * cosZ * std::exp(-0.057 / cosZ);
}

// The kind of day the sky has: its daily clearness and how the clouds behave within it.
enum class DayKind { Sunny, PartlyCloudy, Overcast };

struct DaySky
{
    DayKind kind;
    double clearness; // daily clear-sky index
};

DaySky daySky(quint64 seed, qint64 julianDay)
{
    const double kind = uniform(seed, Stream::DayKind, julianDay);
    const double u = uniform(seed, Stream::DayClearness, julianDay);
    if (kind < 0.62)
        return {DayKind::Sunny, 0.75 + 0.25 * std::sqrt(u)};
    if (kind < 0.85)
        return {DayKind::PartlyCloudy, 0.5 + 0.25 * u};
    return {DayKind::Overcast, 0.2 + 0.3 * u};
}

// The clear-sky index at an instant: a daily level with short-term cloud structure.
double cloudIndex(quint64 seed, const DaySky &sky, double utcMinutes)
{
    const double n = 0.65 * smoothNoise(seed, Stream::CloudSlow, utcMinutes, 15.0)
        + 0.35 * smoothNoise(seed, Stream::CloudFast, utcMinutes, 5.0);
    double k = sky.clearness;
    switch (sky.kind) {
    case DayKind::Sunny:
        k *= 1.0 + 0.04 * (2.0 * n - 1.0);
        break;
    case DayKind::PartlyCloudy: {
        // Sun between passing clouds: near clear, with dips of half the light; mean ≈ clearness.
        const double high = std::min(1.0, sky.clearness + 0.25);
        k = high - 0.5 * smoothstep(0.35, 0.65, n);
        break;
    }
    case DayKind::Overcast:
        k *= 1.0 + 0.25 * (2.0 * n - 1.0);
        break;
    }
    return std::clamp(k, 0.02, 1.1);
}

// The forecast's own error for a day: 10–20 % either way.
double forecastFactor(quint64 seed, qint64 julianDay)
{
    const double size = 0.10 + 0.10 * uniform(seed, Stream::ForecastSize, julianDay);
    return uniform(seed, Stream::ForecastSign, julianDay) < 0.5 ? 1.0 - size : 1.0 + size;
}

// 0 in mid-January, 1 in mid-July: Taiwan's seasons for temperature and air conditioning.
double summerness(const SiteTime &t)
{
    const double doy = t.date.dayOfYear() + t.minuteOfDay / kMinutesPerDay;
    return 0.5 - 0.5 * std::cos(2.0 * kPi * (doy - 20.0) / 365.25);
}

bool isWeekend(const SiteTime &t)
{
    return t.date.dayOfWeek() >= Qt::Saturday;
}

// A smooth on-off window between two ramps, in minutes of the day.
double window(double minute, double riseFrom, double riseTo, double fallFrom, double fallTo)
{
    return smoothstep(riseFrom, riseTo, minute) * (1.0 - smoothstep(fallFrom, fallTo, minute));
}

// The working day: 08:00–18:00 with half-hour ramps either side.
double workingHours(const SiteTime &t)
{
    return window(t.minuteOfDay, 7.5 * 60, 8.5 * 60, 17.5 * 60, 18.5 * 60);
}

double lunchBreak(const SiteTime &t)
{
    return window(t.minuteOfDay, 11.75 * 60, 12.25 * 60, 12.75 * 60, 13.25 * 60);
}

// The office building K's load shape, W, before noise.
double officeLoadW(quint64 seed, const SiteTime &t)
{
    const double night = 7500.0 * (0.9 + 0.2 * uniform(seed, Stream::LoadNight, t.julianDay));
    const double summer = summerness(t);
    if (isWeekend(t)) {
        const double extra = (2500.0 + 1500.0 * summer) * window(t.minuteOfDay, 8.5 * 60, 9.5 * 60, 17 * 60, 18 * 60);
        return night + extra;
    }
    // Air conditioning makes summer peaks higher.
    const double peak = (25000.0 + 7000.0 * summer) * (0.95 + 0.1 * uniform(seed, Stream::LoadPeak, t.julianDay));
    const double lunch = 1.0 - 0.15 * lunchBreak(t);
    return night + (peak - night) * workingHours(t) * lunch;
}

} // namespace

WeatherModel::WeatherModel(quint64 seed, std::optional<FileProfile> profile)
    : m_seed(seed)
    , m_profile(std::move(profile))
{
}

QTimeZone WeatherModel::siteZone()
{
    // The emulator's own constant, deliberately not core's SiteZone: the emulated site's zone is the emulator's choice.
    return QTimeZone(QByteArrayLiteral("Asia/Taipei"));
}

double WeatherModel::clearSky(qint64 ms) const
{
    return nonNegative(haurwitz(cosZenith(siteTime(ms))));
}

double WeatherModel::irradiance(qint64 ms, int photometer) const
{
    const SiteTime t = siteTime(ms);
    double sky = 0.0;
    if (m_profile) {
        sky = m_profile->valueAt(t.date, t.minuteOfDay)
            * (1.0 + 0.05 * signedNoise(m_seed, Stream::ProfileNoise, t.utcMinutes, 10.0));
    } else {
        sky = haurwitz(cosZenith(t)) * cloudIndex(m_seed, daySky(m_seed, t.julianDay), t.utcMinutes);
    }
    if (photometer != 0) {
        // Each further photometer reads within ±2 % of the first.
        const quint64 sensorSeed = m_seed ^ mix(quint64(photometer));
        sky *= 1.0 + 0.02 * signedNoise(sensorSeed, Stream::Sensor, t.utcMinutes, 7.0);
    }
    return nonNegative(sky);
}

double WeatherModel::forecastIrradiance(qint64 ms) const
{
    const SiteTime t = siteTime(ms);
    const double factor = forecastFactor(m_seed, t.julianDay);
    if (m_profile)
        return nonNegative(m_profile->valueAt(t.date, t.minuteOfDay) * factor);
    const double clearness = std::min(1.05, daySky(m_seed, t.julianDay).clearness * factor);
    return nonNegative(haurwitz(cosZenith(t)) * clearness);
}

double WeatherModel::airTemperature(qint64 ms) const
{
    const SiteTime t = siteTime(ms);
    // Tainan: about 20.5 °C mean in January, 29.5 °C in July, ±3.2 °C over the day.
    const double seasonal = 20.5 + 9.0 * summerness(t);
    const double daily = 3.2 * std::cos(2.0 * kPi * (t.minuteOfDay - 14 * 60) / kMinutesPerDay);
    const double localMinutes = t.utcMinutes + t.offsetMinutes;
    const double weather = 0.6 * signedNoise(m_seed, Stream::DayTemperature, localMinutes, kMinutesPerDay)
        + 0.3 * signedNoise(m_seed, Stream::TemperatureDrift, localMinutes, 90.0);
    const double celsius = seasonal + daily + weather;
    return std::isfinite(celsius) ? celsius : 0.0;
}

LoadModel::LoadModel(quint64 seed, std::optional<FileProfile> profile)
    : m_seed(seed)
    , m_profile(std::move(profile))
{
}

double LoadModel::buildingKLoadW(qint64 ms) const
{
    const SiteTime t = siteTime(ms);
    if (m_profile)
        return nonNegative(m_profile->valueAt(t.date, t.minuteOfDay));
    const double noise = 1.0 + 0.03 * signedNoise(m_seed, Stream::LoadNoiseK, t.utcMinutes, 10.0);
    return nonNegative(officeLoadW(m_seed, t) * noise);
}

double LoadModel::buildingALoadW(qint64 ms) const
{
    const SiteTime t = siteTime(ms);
    if (m_profile)
        return nonNegative(3.0 * m_profile->valueAt(t.date, t.minuteOfDay));
    // Building A: the same campus routine at three times the size, with meter noise of its own.
    const double noise = 1.0 + 0.03 * signedNoise(m_seed, Stream::LoadNoiseA, t.utcMinutes, 10.0);
    return nonNegative(3.0 * officeLoadW(m_seed, t) * noise);
}

double LoadModel::occupancy(qint64 ms) const
{
    const SiteTime t = siteTime(ms);
    if (isWeekend(t))
        return 0.08 * window(t.minuteOfDay, 8.5 * 60, 9.5 * 60, 17 * 60, 18 * 60);
    const double attendance = 0.85 + 0.15 * uniform(m_seed, Stream::Attendance, t.julianDay);
    return std::clamp(attendance * workingHours(t) * (1.0 - 0.4 * lunchBreak(t)), 0.0, 1.0);
}
