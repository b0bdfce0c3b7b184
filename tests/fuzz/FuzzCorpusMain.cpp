// tst_FuzzCorpus: runs the fuzz harness over every file of the given corpus directories, so that
// the seeds and every crash the fuzzer once found stay fixed. A crash fails the test.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            std::printf("%s (%lld bytes)\n", qPrintable(QDir(QString::fromLocal8Bit(argv[i])).relativeFilePath(path)),
                        static_cast<long long>(bytes.size()));
            std::fflush(stdout);
            // A heap block of exactly the input's size, as libFuzzer gives it: a read past the end
            // is not hidden by spare capacity (and the sanitizers catch it).
            const std::unique_ptr<uint8_t[]> exact(new uint8_t[size_t(bytes.size())]);
            std::memcpy(exact.get(), bytes.constData(), size_t(bytes.size()));
            LLVMFuzzerTestOneInput(exact.get(), size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("replayed %d corpus files\n", files);
    return files > 0 ? 0 : 1; // an empty corpus means a wrong path, not success
}
