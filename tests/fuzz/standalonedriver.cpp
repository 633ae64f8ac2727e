// Runs a libFuzzer target without libFuzzer (GCC builds, CI): every corpus file, then a bounded
// number of deterministic mutations of them. With clang, build with -DCHECKSTAND_FUZZ=ON to get
// real coverage-guided fuzzing instead.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS]\n", argv[0]);
        return 2;
    }
    const long iterations = argc > 2 ? std::stol(argv[2]) : 20000;
    std::vector<std::string> corpus;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
        std::ifstream in(entry.path(), std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "empty corpus %s\n", argv[1]);
        return 2;
    }
    for (const std::string& input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());

    std::mt19937 rng(12345); // fixed seed: a failure is reproducible
    // Explicit length: the alphabet holds a NUL byte on purpose.
    static const char kAlphabet[] = "{}[]\":,.-+0123456789eE truefalsnl\\u\x00\xff";
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
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
    }
    std::printf("%zu corpus inputs and %ld mutations ran without a crash\n", corpus.size(),
                iterations);
    return 0;
}
