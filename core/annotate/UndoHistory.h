#pragma once
// Undo/redo of label edits under a memory budget: when the budget is exceeded the oldest edits are
// forgotten (never the one just made). A new edit clears the redo branch.
#include "LabelChange.h"

#include <deque>

namespace cosingan {

class UndoHistory {
public:
    explicit UndoHistory(size_t budgetBytes = 64u << 20) : budget_(budgetBytes) {}

    void push(LabelChange change);
    // Undo/redo the most recent change on labels; returns it (nullptr when there is none).
    const LabelChange* undo(LabelMap& labels);
    const LabelChange* redo(LabelMap& labels);
    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    size_t undoCount() const { return done_.size(); }
    size_t redoCount() const { return undone_.size(); }
    size_t bytes() const { return bytes_; }
    size_t budget() const { return budget_; }
    void clear();
    std::string nextUndoDescription() const { return done_.empty() ? std::string() : done_.back().description; }
    std::string nextRedoDescription() const { return undone_.empty() ? std::string() : undone_.back().description; }

private:
    void enforceBudget();
    std::deque<LabelChange> done_, undone_;
    size_t bytes_ = 0, budget_;
};

}  // namespace cosingan
