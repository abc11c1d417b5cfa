#pragma once
// The time records are stamped with: UTC, ISO 8601 to the second ("2026-12-03T21:40:00Z").
#include <string>

namespace cosingan {

std::string isoTimestampNow();

}  // namespace cosingan
