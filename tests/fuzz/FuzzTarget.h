#pragma once

// What the fuzz targets share. Each target is built two ways (tests/fuzz/CMakeLists.txt): with
// clang's -fsanitize=fuzzer as its own libFuzzer binary, where AEGIS_FUZZ_TARGET names
// LLVMFuzzerTestOneInput, and linked with the others into tst_FuzzCorpus (any compiler), where
// it names aegisFuzz_<corpus>, the function that replays tests/fuzz/corpus/<corpus>/.

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#ifdef AEGIS_LIBFUZZER
#define AEGIS_FUZZ_TARGET(corpus) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#else
#define AEGIS_FUZZ_TARGET(corpus) int aegisFuzz_##corpus(const uint8_t *data, size_t size)
#endif

namespace Fuzz {

// A property that must hold; the fuzzer reports the input that broke it.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// The input as it is: no copy and no terminating '\0', so a read past the end is caught.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Code that needs an application object (timers, time zones by name) gets one, made once.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "aegis-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace Fuzz
