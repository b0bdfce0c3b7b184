// tst_FuzzCorpus: runs every fuzz target over every file of its corpus directory
// (tests/fuzz/corpus/<corpus>/), so that the seeds and every input the fuzzer once broke a
// target with stay fixed. A crash or a broken property fails the test.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>

using Target = int (*)(const uint8_t *data, size_t size);

int aegisFuzz_query_reply(const uint8_t *data, size_t size);
int aegisFuzz_scheduler_replies(const uint8_t *data, size_t size);
int aegisFuzz_schedule_files(const uint8_t *data, size_t size);
int aegisFuzz_sim_query(const uint8_t *data, size_t size);
int aegisFuzz_profile_csv(const uint8_t *data, size_t size);
int aegisFuzz_tariff_file(const uint8_t *data, size_t size);
int aegisFuzz_bems_csv(const uint8_t *data, size_t size);
int aegisFuzz_cfos_vars(const uint8_t *data, size_t size);
int aegisFuzz_request_head(const uint8_t *data, size_t size);

namespace {

struct Corpus
{
    const char *name;
    Target target;
};

constexpr Corpus kCorpora[] = {{"query_reply", aegisFuzz_query_reply},
                               {"scheduler_replies", aegisFuzz_scheduler_replies},
                               {"schedule_files", aegisFuzz_schedule_files},
                               {"sim_query", aegisFuzz_sim_query},
                               {"profile_csv", aegisFuzz_profile_csv},
                               {"tariff_file", aegisFuzz_tariff_file},
                               {"bems_csv", aegisFuzz_bems_csv},
                               {"cfos_vars", aegisFuzz_cfos_vars},
                               {"request_head", aegisFuzz_request_head}};

// The files of one corpus through its target; -1 when the directory cannot be read.
int replay(const QString &directory, Target target)
{
    int files = 0;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return -1;
        }
        const QByteArray bytes = file.readAll();
        std::printf("%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        std::fflush(stdout);
        // A heap block of exactly the input's size, as libFuzzer gives it: a read past the end
        // is not hidden by spare capacity (and the sanitizers catch it).
        const std::unique_ptr<uint8_t[]> exact(new uint8_t[size_t(bytes.size())]);
        std::memcpy(exact.get(), bytes.constData(), size_t(bytes.size()));
        target(exact.get(), size_t(bytes.size()));
        ++files;
    }
    return files;
}

} // namespace

// Arguments: the corpus root (tests/fuzz/corpus), then optionally the corpora to replay.
int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: tst_FuzzCorpus CORPUS_ROOT [CORPUS...]\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    // Every corpus directory must have its target, or its inputs would silently go unreplayed.
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (std::none_of(std::begin(kCorpora), std::end(kCorpora),
                         [&](const Corpus &c) { return name == QLatin1String(c.name); })) {
            std::fprintf(stderr, "%s has no fuzz target\n", qPrintable(root.filePath(name)));
            return 1;
        }
    }
    int total = 0;
    for (const Corpus &corpus : kCorpora) {
        bool chosen = argc == 2;
        for (int i = 2; i < argc; ++i)
            chosen = chosen || std::strcmp(argv[i], corpus.name) == 0;
        if (!chosen)
            continue;
        const int files = replay(root.filePath(QLatin1String(corpus.name)), corpus.target);
        if (files <= 0) { // an empty corpus means a wrong path, not success
            std::fprintf(stderr, "no inputs in %s\n", qPrintable(root.filePath(QLatin1String(corpus.name))));
            return 1;
        }
        std::printf("%s: replayed %d files\n", corpus.name, files);
        total += files;
    }
    std::printf("replayed %d corpus files\n", total);
    return total > 0 ? 0 : 1;
}
