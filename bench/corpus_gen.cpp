// Writes the vault benchmark's corpus, byte for byte the same on every machine (its own PRNG,
// no std distributions, whose results differ between standard libraries), and applies the
// benchmark's deterministic "1% of the files changed" edits. Plain C++: no Qt, no engine, so
// the corpus never depends on the code it measures. Driven by bench/vault-bench.sh.
//   corpus_gen generate DIR [SCALE]   SCALE 1 = about 2 GiB, 0.1 = about 200 MB
//   corpus_gen mutate DIR             changes about 1% of the files under DIR, prints a summary
//   corpus_gen version                prints the generator's version (the cache's stamp)
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Bump whenever the output changes, so that cached corpora are regenerated.
constexpr std::string_view generatorVersion = "semina-corpus 1";
constexpr std::uint64_t corpusSeed = 0x5e31a2026c0ffeeULL;

std::uint64_t splitmix(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// xoshiro256**: fast, good enough for data that must look random to a compressor.
class Random {
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &word : m_state)
            word = splitmix(seed);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [0, n) (the tiny modulo bias does not matter here).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    std::uint64_t between(std::uint64_t low, std::uint64_t high) { return low + below(high - low + 1); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Skewed towards small indexes, like word frequencies in real text.
    std::size_t zipf(std::size_t n, double skew) { return static_cast<std::size_t>(std::pow(unit(), skew) * n); }
    // Log-uniform between low and high: many small values, a few large ones.
    std::uint64_t logUniform(std::uint64_t low, std::uint64_t high)
    {
        const double l = std::log(static_cast<double>(low));
        const double h = std::log(static_cast<double>(high));
        return static_cast<std::uint64_t>(std::exp(l + unit() * (h - l)));
    }
    void fill(char *data, std::size_t size)
    {
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            const std::uint64_t word = next();
            std::memcpy(data + i, &word, 8);
        }
        const std::uint64_t word = next();
        std::memcpy(data + i, &word, size - i);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_state{};
};

// A seed for item `index` of part `part`, so every file can be produced on its own.
std::uint64_t seedFor(std::uint64_t part, std::uint64_t index)
{
    std::uint64_t state = corpusSeed ^ (part << 48) ^ index;
    return splitmix(state);
}

// The vocabulary shared by all source-like text: pseudo-words made of syllables, so that the
// text has the word repetition of real code and prose without being a loop of a few strings.
class Vocabulary {
public:
    Vocabulary()
    {
        Random random(seedFor(99, 0));
        static constexpr std::array<std::string_view, 48> syllables
            = {"ab", "ac", "al", "an", "ar", "as", "at", "be", "ca", "ce", "co", "da", "de", "di", "do", "el",
               "en", "er", "es", "ex", "fi", "fo", "ge", "in", "io", "is", "la", "le", "li", "lo", "ma", "me",
               "mi", "na", "ne", "no", "or", "pa", "pe", "po", "ra", "re", "ri", "ro", "se", "ta", "te", "to"};
        words.reserve(6000);
        for (int i = 0; i < 6000; ++i) {
            std::string word;
            const auto count = random.between(1, i < 300 ? 2 : 4);
            for (std::uint64_t s = 0; s < count; ++s)
                word += syllables[random.below(syllables.size())];
            if (random.chance(0.3))
                word += "tsrnlxdk"[random.below(8)];
            words.push_back(std::move(word));
        }
    }
    std::vector<std::string> words;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary instance;
    return instance;
}

// Writes C/C++-like source: includes, comments in pseudo-English, functions with nested
// statements, identifiers from a per-file subset of the vocabulary, numbers and strings.
// Tuned so that gzip -1 compresses it about 3.5x, like real source code.
class SourceWriter {
public:
    explicit SourceWriter(std::uint64_t seed)
        : m_random(seed)
    {
        const auto &words = vocabulary().words;
        // Each file draws its own identifiers, mostly from common words, some rare ones.
        for (int i = 0; i < 80; ++i) {
            std::string name = words[m_random.zipf(words.size(), 2.2)];
            const auto parts = m_random.between(0, 2);
            const bool camel = m_random.chance(0.5);
            for (std::uint64_t p = 0; p < parts; ++p) {
                std::string next = words[m_random.zipf(words.size(), 1.6)];
                if (camel)
                    next[0] = static_cast<char>(next[0] - 'a' + 'A');
                else
                    name += '_';
                name += next;
            }
            m_names.push_back(std::move(name));
        }
    }

    std::string write(std::size_t size)
    {
        m_out.clear();
        m_out.reserve(size + 4096);
        const auto includes = m_random.between(2, 9);
        for (std::uint64_t i = 0; i < includes; ++i)
            m_out += "#include \"" + name() + "/" + name() + ".h\"\n";
        m_out += "\nnamespace " + name() + " {\n\n";
        while (m_out.size() < size) {
            if (m_random.chance(0.5))
                comment(0);
            function();
        }
        m_out.resize(size);
        return std::move(m_out);
    }

private:
    const std::string &name() { return m_names[m_random.zipf(m_names.size(), 2.4)]; }
    const std::string &word() { return vocabulary().words[m_random.zipf(vocabulary().words.size(), 3.0)]; }
    void indent(int depth) { m_out.append(static_cast<std::size_t>(depth) * 4, ' '); }

    std::string number()
    {
        switch (m_random.below(8)) {
        case 0:
        case 4:
        case 5:
            return std::to_string(m_random.below(10));
        case 1: {
            char hex[24];
            std::snprintf(hex, sizeof hex, "0x%llX", static_cast<unsigned long long>(m_random.below(1ULL << 16)));
            return hex;
        }
        case 2:
            return std::to_string(m_random.below(5000));
        default:
            return std::to_string(m_random.below(256));
        }
    }

    std::string expression(int depth = 0)
    {
        static constexpr std::array<std::string_view, 12> operators
            = {" + ", " - ", " * ", " / ", " && ", " || ", " == ", " != ", " < ", " >= ", " & ", " << "};
        std::string result;
        switch (m_random.below(depth > 1 ? 3 : 6)) {
        case 0:
            result = name();
            break;
        case 1:
            result = number();
            break;
        case 2:
            result = name() + "." + name();
            break;
        case 3:
            result = name() + "(" + expression(depth + 1) + ", " + expression(depth + 1) + ")";
            break;
        case 4:
            result = "(" + expression(depth + 1) + std::string(operators[m_random.below(operators.size())])
                + expression(depth + 1) + ")";
            break;
        default:
            result = name() + "->" + name() + "[" + expression(depth + 1) + "]";
            break;
        }
        return result;
    }

    void comment(int depth)
    {
        const bool block = m_random.chance(0.3);
        const auto lines = m_random.between(1, block ? 6 : 2);
        if (block) {
            indent(depth);
            m_out += "/*\n";
        }
        for (std::uint64_t l = 0; l < lines; ++l) {
            indent(depth);
            m_out += block ? " * " : "// ";
            const auto words = m_random.between(4, 13);
            for (std::uint64_t w = 0; w < words; ++w) {
                if (w)
                    m_out += ' ';
                m_out += m_random.chance(0.1) ? name() : word();
            }
            m_out += m_random.chance(0.6) ? ".\n" : "\n";
        }
        if (block) {
            indent(depth);
            m_out += " */\n";
        }
    }

    void statement(int depth)
    {
        indent(depth);
        switch (m_random.below(depth < 4 ? 12 : 6)) {
        case 0:
        case 1:
            m_out += "auto " + name() + " = " + expression() + ";\n";
            break;
        case 2:
        case 3:
            m_out += name() + " = " + expression() + ";\n";
            break;
        case 4:
            m_out += name() + "(" + expression() + ");\n";
            break;
        case 5:
            m_out += "return " + expression() + ";\n";
            break;
        case 6:
        case 7:
            m_out += "if (" + expression() + ") {\n";
            block(depth + 1);
            indent(depth);
            m_out += "}\n";
            break;
        case 8:
            m_out += "for (int " + name() + " = 0; " + name() + " < " + expression() + "; ++" + name() + ") {\n";
            block(depth + 1);
            indent(depth);
            m_out += "}\n";
            break;
        case 9:
            m_out += "if (" + name() + " == nullptr) {\n";
            indent(depth + 1);
            m_out += "return false;\n";
            indent(depth);
            m_out += "}\n";
            break;
        case 10:
            m_out += "for (const auto &" + name() + " : " + name() + ") {\n";
            block(depth + 1);
            indent(depth);
            m_out += "}\n";
            break;
        default:
            m_out += "log(\"" + word() + " " + word() + " %d\", " + name() + ");\n";
            break;
        }
    }

    void block(int depth)
    {
        const auto count = m_random.between(1, 6);
        for (std::uint64_t i = 0; i < count; ++i) {
            if (m_random.chance(0.08))
                comment(depth);
            statement(depth);
        }
    }

    void function()
    {
        static constexpr std::array<std::string_view, 8> types
            = {"int", "void", "bool", "std::size_t", "std::string", "uint64_t", "double", "auto"};
        m_out += std::string(types[m_random.below(types.size())]) + " " + name() + "(";
        const auto parameters = m_random.between(0, 4);
        for (std::uint64_t p = 0; p < parameters; ++p) {
            if (p)
                m_out += ", ";
            m_out += "const " + std::string(types[m_random.below(types.size())]) + " &" + name();
        }
        m_out += ")\n{\n";
        block(1);
        block(1);
        m_out += "}\n\n";
    }

    Random m_random;
    std::vector<std::string> m_names;
    std::string m_out;
};

// Binary data a compressor can shrink somewhat: fixed-size records of small counters, flags
// and a few random words, like database pages or object files.
std::string structuredBinary(Random &random, std::size_t size)
{
    std::string out(size, '\0');
    std::uint32_t counter = static_cast<std::uint32_t>(random.below(1000));
    for (std::size_t i = 0; i + 32 <= size; i += 32) {
        counter += static_cast<std::uint32_t>(random.between(1, 3));
        std::memcpy(&out[i], &counter, 4);
        out[i + 4] = static_cast<char>(random.below(4));
        const std::uint64_t word = random.next();
        std::memcpy(&out[i + 8], &word, random.chance(0.5) ? 8 : 2);
        if (random.chance(0.2))
            std::memcpy(&out[i + 16], &word, 8);
    }
    return out;
}

void writeFile(const fs::path &path, const char *data, std::size_t size)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data, static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        std::cerr << "corpus_gen: cannot write " << path << "\n";
        std::exit(1);
    }
}

void writeFile(const fs::path &path, const std::string &data)
{
    writeFile(path, data.data(), data.size());
}

std::string twoDigits(std::uint64_t n)
{
    char text[24];
    std::snprintf(text, sizeof text, "%02llu", static_cast<unsigned long long>(n));
    return text;
}

struct Totals {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
};

// (a) Source-like text, in files of 1 KiB to 400 KiB, twenty to a folder.
Totals writeText(const fs::path &root, double scale)
{
    const auto target = static_cast<std::uint64_t>(600e6 * scale);
    Totals totals;
    for (std::uint64_t index = 0; totals.bytes < target; ++index) {
        Random random(seedFor(1, index));
        auto size = std::min(random.logUniform(1024, 400 * 1024), target - totals.bytes);
        SourceWriter writer(seedFor(11, index));
        const auto path = root / "text" / ("lib" + twoDigits(index / 400)) / ("mod" + twoDigits(index / 20 % 20))
            / ("unit" + std::to_string(index) + (index % 3 ? ".cpp" : ".h"));
        writeFile(path, writer.write(size));
        totals.files++;
        totals.bytes += size;
    }
    return totals;
}

// (b) Incompressible data, in files of 16 KiB to 64 MiB (scaled), as archives and media are.
Totals writeRandom(const fs::path &root, double scale)
{
    const auto target = static_cast<std::uint64_t>(600e6 * scale);
    const auto largest = std::max<std::uint64_t>(1 << 20, static_cast<std::uint64_t>(64.0 * (1 << 20) * scale));
    Totals totals;
    std::vector<char> buffer;
    for (std::uint64_t index = 0; totals.bytes < target; ++index) {
        Random random(seedFor(2, index));
        const auto size = std::min(random.logUniform(16 * 1024, largest), target - totals.bytes);
        buffer.resize(size);
        random.fill(buffer.data(), size);
        static constexpr std::array<std::string_view, 4> extensions = {".zip", ".jpg", ".mp4", ".gz"};
        const auto path = root / "random" / ("set" + twoDigits(index / 10))
            / ("blob" + std::to_string(index) + std::string(extensions[index % 4]));
        writeFile(path, buffer.data(), size);
        totals.files++;
        totals.bytes += size;
    }
    return totals;
}

// (c) 50,000 small files (scaled) of 1 to 16 KiB: half source text, a quarter structured
// binary, a quarter random; 50 files to a folder, two levels deep.
Totals writeSmall(const fs::path &root, double scale)
{
    const auto count = static_cast<std::uint64_t>(50000 * scale);
    Totals totals;
    std::vector<char> buffer;
    for (std::uint64_t index = 0; index < count; ++index) {
        Random random(seedFor(3, index));
        const auto size = random.between(1024, 16 * 1024);
        const auto folder = root / "small" / ("d" + twoDigits(index / 1000)) / ("e" + twoDigits(index / 50 % 20));
        const auto kind = random.below(4);
        if (kind < 2) {
            SourceWriter writer(seedFor(13, index));
            writeFile(folder / ("note" + std::to_string(index) + ".c"), writer.write(size));
        } else if (kind == 2) {
            writeFile(folder / ("rec" + std::to_string(index) + ".db"), structuredBinary(random, size));
        } else {
            buffer.resize(size);
            random.fill(buffer.data(), size);
            writeFile(folder / ("img" + std::to_string(index) + ".bin"), buffer.data(), size);
        }
        totals.files++;
        totals.bytes += size;
    }
    return totals;
}

// (d) One large file: a 50 MB region (scaled) of 1 MiB blocks, alternately source text, structured
// binary and random, written ten times, each copy with four small edits (bytes overwritten or
// inserted) of its own, like successive versions of a disk image in one file.
Totals writeLarge(const fs::path &root, double scale)
{
    const auto regionSize = static_cast<std::size_t>(50e6 * scale);
    std::string region;
    region.reserve(regionSize + (1 << 20));
    for (std::uint64_t block = 0; region.size() < regionSize; ++block) {
        Random random(seedFor(4, block));
        const std::size_t size = 1 << 20;
        switch (block % 3) {
        case 0:
            region += SourceWriter(seedFor(14, block)).write(size);
            break;
        case 1:
            region += structuredBinary(random, size);
            break;
        default: {
            std::string bytes(size, '\0');
            random.fill(bytes.data(), size);
            region += bytes;
        }
        }
    }
    region.resize(regionSize);
    const auto path = root / "large" / "disk-image.raw";
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    Totals totals{1, 0};
    for (std::uint64_t copy = 0; copy < 10; ++copy) {
        Random random(seedFor(5, copy));
        std::string version = region;
        for (int edit = 0; edit < 4; ++edit) {
            const auto at = random.below(version.size() - 64);
            std::string bytes(random.between(1, 16), '\0');
            random.fill(bytes.data(), bytes.size());
            if (random.chance(0.5))
                version.replace(at, bytes.size(), bytes);
            else
                version.insert(at, bytes);
        }
        out.write(version.data(), static_cast<std::streamsize>(version.size()));
        totals.bytes += version.size();
    }
    out.close();
    if (!out) {
        std::cerr << "corpus_gen: cannot write " << path << "\n";
        std::exit(1);
    }
    return totals;
}

void print(std::string_view part, const Totals &totals)
{
    std::printf("  %-8s %7llu files %10.1f MB\n", std::string(part).c_str(),
                static_cast<unsigned long long>(totals.files), static_cast<double>(totals.bytes) / 1e6);
}

int generate(const fs::path &root, double scale)
{
    std::printf("Corpus %s, scale %g, in %s:\n", std::string(generatorVersion).c_str(), scale, root.c_str());
    std::fflush(stdout);
    const Totals parts[]
        = {writeText(root, scale), writeRandom(root, scale), writeSmall(root, scale), writeLarge(root, scale)};
    static constexpr std::array<std::string_view, 4> names = {"text", "random", "small", "large"};
    Totals all;
    for (std::size_t i = 0; i < names.size(); ++i) {
        print(names[i], parts[i]);
        all.files += parts[i].files;
        all.bytes += parts[i].bytes;
    }
    print("total", all);
    return 0;
}

// Changes 1% of the files, chosen by the seeded PRNG among all files in path order: text files
// get a line inserted at a random place (their tail shifts), binary files get 64 bytes
// overwritten in place (same size). Rewrites the files in place, so they get a new mtime.
int mutate(const fs::path &root)
{
    std::vector<fs::path> files;
    for (const auto &entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    Random random(seedFor(6, 0));
    std::uint64_t changed = 0;
    std::uint64_t changedBytes = 0;
    for (const auto &path : files) {
        if (!random.chance(0.01))
            continue;
        std::ifstream in(path, std::ios::binary);
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        in.close();
        const auto extension = path.extension().string();
        if (extension == ".c" || extension == ".cpp" || extension == ".h") {
            const auto at = data.find('\n', random.below(data.size()));
            const std::string line = "\n// edited: " + std::to_string(random.next()) + "\n";
            data.insert(at == std::string::npos ? data.size() : at, line);
        } else {
            const auto at = random.below(data.size() > 64 ? data.size() - 64 : 0);
            random.fill(data.data() + at, std::min<std::size_t>(64, data.size()));
        }
        writeFile(path, data);
        changed++;
        changedBytes += data.size();
    }
    std::printf("Changed %llu of %zu files (%.1f MB rewritten).\n", static_cast<unsigned long long>(changed),
                files.size(), static_cast<double>(changedBytes) / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string_view> arguments(argv + 1, argv + argc);
    if (arguments.size() == 1 && arguments[0] == "version") {
        std::printf("%s\n", std::string(generatorVersion).c_str());
        return 0;
    }
    if (arguments.size() >= 2 && arguments.size() <= 3 && arguments[0] == "generate") {
        const double scale = arguments.size() == 3 ? std::atof(std::string(arguments[2]).c_str()) : 1.0;
        if (!(scale > 0.0 && scale <= 4.0)) {
            std::cerr << "corpus_gen: SCALE must be above 0 and at most 4\n";
            return 2;
        }
        return generate(fs::path(arguments[1]), scale);
    }
    if (arguments.size() == 2 && arguments[0] == "mutate")
        return mutate(fs::path(arguments[1]));
    std::cerr << "usage: corpus_gen generate DIR [SCALE] | mutate DIR | version\n";
    return 2;
}
