// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "code128.h"

#include <array>

namespace checkstand::code128 {

namespace {

// The Code 128 symbol patterns, values 0-105, as the module widths bar, space, bar, space,
// bar, space (each sums to 11), from the standard (ISO/IEC 15417). Value v of code set B is
// the character 32 + v.
constexpr std::array<const char*, 106> kPatterns = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232"};

// Stop: 13 modules, ending in the 2-module termination bar.
constexpr const char* kStop = "2331112";
constexpr int kStartB = 104;
constexpr int kMaxLength = 48;

void append(QList<int>& out, const char* pattern) {
    for (const char* p = pattern; *p != '\0'; ++p)
        out.append(*p - '0');
}

} // namespace

std::optional<QList<int>> widths(const QString& text) {
    if (text.isEmpty() || text.size() > kMaxLength)
        return std::nullopt;
    QList<int> out;
    out.reserve(6 * (text.size() + 2) + 7);
    append(out, kPatterns[kStartB]);
    int checksum = kStartB;
    int position = 1;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 32 || u > 126)
            return std::nullopt;
        const int value = u - 32;
        append(out, kPatterns[std::size_t(value)]);
        // At most 48 x 94 + 104: no overflow, and reducing once at the end is the same sum.
        checksum += position * value;
        ++position;
    }
    append(out, kPatterns[std::size_t(checksum % 103)]);
    append(out, kStop);
    return out;
}

} // namespace checkstand::code128
