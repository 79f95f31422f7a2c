// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

namespace lector::db {

class Connection;

/// Connection::beginWrite() on begin(); rolls back in the destructor unless commit() succeeded. On SQLite that is
/// BEGIN IMMEDIATE, which takes the write lock up front, so a second writer waits (busy_timeout) or fails here
/// instead of deadlocking mid-transaction.
class Transaction {
public:
    static Result<Transaction> begin(Connection& db);
    /// The same with Connection::beginEdit(): for a transaction that only edits labels.
    static Result<Transaction> beginEdit(Connection& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(Connection& db);
    Connection* m_db = nullptr;
};

} // namespace lector::db
