// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a libFuzzer target without libFuzzer (GCC builds, CI): every corpus file, then a bounded
// number of deterministic mutations of them. With clang, build with -DCHECKSTAND_FUZZ=ON to get
// real coverage-guided fuzzing instead.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Optional, as in libFuzzer: a target that needs a QCoreApplication (SQLite plugins) makes it here.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

// The input being run, saved by the crash handler so a failure can be replayed:
// `fuzz_x standalone-crash.bin` (this driver) or the libFuzzer binary takes the file as is.
const std::string* g_current = nullptr;

void saveCurrentInput(int sig) {
    if (g_current) {
        const int fd = ::open("standalone-crash.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            [[maybe_unused]] const ssize_t n = ::write(fd, g_current->data(), g_current->size());
            ::close(fd);
        }
        static const char kSaved[] = "input saved as standalone-crash.bin\n";
        [[maybe_unused]] const ssize_t m = ::write(2, kSaved, sizeof(kSaved) - 1);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void run(const std::string& input) {
    g_current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
    g_current = nullptr;
}

std::string readFile(const std::filesystem::path& file) {
    // stdio, not istreambuf_iterator: GCC's -Wnull-dereference misfires on that at -O1.
    std::string input;
    if (std::FILE* f = std::fopen(file.c_str(), "rb")) {
        char buffer[4096];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
            input.append(buffer, n);
        std::fclose(f);
    }
    return input;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS] | INPUT_FILE\n", argv[0]);
        return 2;
    }
    const long iterations = argc > 2 ? std::stol(argv[2]) : 20000;
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(sig, saveCurrentInput);
    // One file: replay it (a saved crash). A directory: the corpus, sorted by name so the same
    // mutations run on every machine, whatever order the directory lists.
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_regular_file(argv[1])) {
        run(readFile(argv[1]));
        std::printf("%s ran without a crash\n", argv[1]);
        return 0;
    }
    for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> corpus;
    for (const auto& file : files)
        corpus.push_back(readFile(file));
    if (corpus.empty()) {
        std::fprintf(stderr, "empty corpus %s\n", argv[1]);
        return 2;
    }
    for (const std::string& input : corpus)
        run(input);

    std::mt19937 rng(12345); // fixed seed: a failure is reproducible
    // Explicit length: the alphabet holds a NUL byte on purpose.
    static const char kAlphabet[] = "{}[]\":,.-+0123456789eE truefalsnl\\u\x00\xff\n\r\x1b';";
    const std::string alphabet(kAlphabet, sizeof(kAlphabet) - 1);
    for (long i = 0; i < iterations; ++i) {
        std::string input = corpus[rng() % corpus.size()];
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits && !input.empty(); ++e) {
            const size_t at = rng() % input.size();
            switch (rng() % 4) {
            case 0:
                input[at] = alphabet[rng() % alphabet.size()];
                break;
            case 1:
                input.erase(at, 1 + rng() % 16);
                break;
            case 2:
                input.insert(at, 1, alphabet[rng() % alphabet.size()]);
                break;
            default:
                input.insert(at, input.substr(rng() % input.size(), rng() % 64));
                break;
            }
        }
        run(input);
    }
    std::printf("%zu corpus inputs and %ld mutations ran without a crash\n", corpus.size(),
                iterations);
    return 0;
}
