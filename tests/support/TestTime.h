#pragma once

#include <QtGlobal>
#include <algorithm>

// Sanitized builds (the asan preset) run several times slower. A wait that budgets real work,
// such as the emulator answering while it refuses a query too large, is scaled with them by
// the factor the test timeouts use: CTest sets AEGIS_TEST_TIME_FACTOR (cmake/AddAppTest.cmake),
// 1 in every other build.
namespace TestTime {

inline int scaledMs(int ms)
{
    return ms * std::max(1, qEnvironmentVariableIntValue("AEGIS_TEST_TIME_FACTOR"));
}

} // namespace TestTime
