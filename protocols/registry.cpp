#include "registry.h"

#include "bully/bullyprotocol.h"
#include "commit/commitprotocol.h"
#include "balance/balanceprotocol.h"
#include "failuredetect/failuredetectprotocol.h"
#include "kv/kvprotocol.h"
#include "kv/quorumprotocol.h"
#include "mutex/mutexprotocol.h"
#include "locks/lockprotocol.h"
#include "paxos/multipaxosprotocol.h"
#include "paxos/paxosprotocol.h"
#include "raft/raftprotocol.h"
#include "zab/zabprotocol.h"

namespace cs {

const std::vector<const Protocol *> &allProtocols()
{
    static const raft::RaftProtocol raftProtocol;
    static const raft::RaftProtocol unsafeRaft(raft::Variant::CommitOldTermsByCounting);
    static const commit::CommitProtocol twoPhase(false);
    static const commit::CommitProtocol threePhase(true);
    static const bully::BullyProtocol bullyProtocol;
    static const bully::BullyProtocol unsafeBully(bully::Variant::IgnoresAnswers);
    static const zab::ZabProtocol zabProtocol;
    static const zab::ZabProtocol unsyncedZab(zab::Variant::BroadcastsBeforeSync);
    static const paxos::PaxosProtocol paxosProtocol;
    static const paxos::MultiPaxosProtocol multiPaxos;
    static const paxos::PaxosProtocol forgetfulPaxos(paxos::Variant::ForgetsPromise);
    static const kv::KvProtocol kvProtocol;
    static const quorum::QuorumProtocol quorumStore;
    static const quorum::QuorumProtocol quorumAcksOneShort(quorum::Variant::AcksOneShort);
    static const mutex::MutexProtocol centralMutex(mutex::Algorithm::Central);
    static const mutex::MutexProtocol ricartAgrawala(mutex::Algorithm::RicartAgrawala);
    static const mutex::MutexProtocol ricartSkipsFailed(mutex::Algorithm::RicartAgrawala, mutex::Variant::Correct, true);
    static const mutex::MutexProtocol ricartRepliesAtOnce(mutex::Algorithm::RicartAgrawala,
                                                          mutex::Variant::RepliesAtOnce);
    static const mutex::MutexProtocol tokenRing(mutex::Algorithm::TokenRing);
    static const mutex::MutexProtocol tokenRingBlind(mutex::Algorithm::TokenRing, mutex::Variant::RegeneratesBlindly);
    static const locks::LockProtocol lockTable(locks::Variant::Table);
    static const locks::LockProtocol lockCache(locks::Variant::Cache);
    static const locks::LockProtocol lockCacheUnfenced(locks::Variant::CacheIgnoresFencing);
    static const locks::LockProtocol lockZooKeeper(locks::Variant::ZooKeeper);
    static const failuredetect::FailureDetectProtocol failureDetector;
    static const balance::BalanceProtocol loadBalancer;
    static const balance::BalanceProtocol balancerStartsAtWeights(balance::Variant::StartsAtWeights);
    static const balance::BalanceProtocol balancerIgnoresDown(balance::Variant::IgnoresDown);
    static const balance::BalanceProtocol balancerAnswersTwice(balance::Variant::AnswersTwice);
    static const std::vector<const Protocol *> protocols{&raftProtocol,  &unsafeRaft,  &twoPhase,
                                                         &threePhase,    &bullyProtocol, &unsafeBully,
                                                         &paxosProtocol, &forgetfulPaxos, &multiPaxos, &zabProtocol,
                                                         &unsyncedZab, &kvProtocol, &quorumStore, &quorumAcksOneShort,
                                                         &centralMutex, &ricartAgrawala, &ricartSkipsFailed,
                                                         &ricartRepliesAtOnce, &tokenRing, &tokenRingBlind,
                                                         &lockTable, &lockCache, &lockCacheUnfenced, &lockZooKeeper,

                                                         &failureDetector, &loadBalancer, &balancerStartsAtWeights,
                                                         &balancerIgnoresDown, &balancerAnswersTwice};
    return protocols;
}

const Protocol *findProtocol(std::string_view name)
{
    for (const auto *protocol : allProtocols()) {
        if (protocol->descriptor().name == name)
            return protocol;
    }
    return nullptr;
}

} // namespace cs
