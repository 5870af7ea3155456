#pragma once
// Errors are values at the boundaries: a parser or importer returns a Result that
// holds either the value or a message naming the file and the reason.

#include <QString>
#include <optional>
#include <utility>

namespace tally {

struct Error
{
    QString path;   // the file the error is about (may be empty)
    QString reason; // human-readable, already translated where user-facing
    QString toString() const
    {
        return path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
    }
};

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations with no value to return.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return isOk(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace tally
