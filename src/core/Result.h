#pragma once

#include <QString>
#include <optional>
#include <utility>

// A value or the reason there is none. Errors are values in this project (docs/architecture.md "Conventions" 6):
// nothing throws across a layer boundary.
template <typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts to success
        : m_value(std::move(value))
    {
    }

    static Result failure(QString reason)
    {
        Result r;
        r.m_error = std::move(reason);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};
