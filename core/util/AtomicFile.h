#pragma once
// Atomic saves: every file the product writes (masks, volumes, sessions, models, checkpoints) is
// written to a temporary sibling and renamed over the target, so a crash mid-save never leaves a
// half-written file where a good one was.
#include <functional>
#include <string>

namespace cosingan {

// Calls write(tmpPath) with a temporary path in the target's folder that keeps the target's
// extension (".nii.gz", ".png", ...) so that extension-driven writers pick the right format, then
// flushes and renames it onto target. On any exception the temporary file is removed and the
// exception propagates; the target is untouched.
void writeFileAtomically(const std::string& target, const std::function<void(const std::string& tmpPath)>& write);

// Same for a folder: write(tmpDir) fills a fresh temporary folder next to target; it then replaces
// target (the old folder is moved aside first and removed after the swap).
void writeFolderAtomically(const std::string& target, const std::function<void(const std::string& tmpDir)>& write);

// Removes a file or a folder tree; missing paths are fine. Uses POSIX nftw rather than
// std::filesystem::remove_all: a PyTorch wheel's libtorch.so exports its own, broken copy of the
// std::filesystem functions, and that copy can win the dynamic symbol lookup.
void removeTree(const std::string& path);

// Full extension of a file name: "a.nii.gz" -> ".nii.gz", "b.png" -> ".png", "c" -> "".
std::string fullExtension(const std::string& path);

}  // namespace cosingan
