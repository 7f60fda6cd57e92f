// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Registry} from "./Registry.sol";
import {E3Manager} from "./E3Manager.sol";

/// @title Slasher: penalties backed by on-chain evidence.
/// @notice Two offences are proven here with signatures checked by ecrecover:
/// equivocation (a member signed two different payloads for one protocol
/// step of one E3) and a broken input receipt (a member signed a receipt for
/// an input whose hash was not committed by the end of the input window).
/// Missed duties are penalized by E3Manager.markFailed. Half of what is taken
/// goes to the reporter, the rest to the E3's requester. Every digest is
/// domain separated by a tag, the chain id and the E3Manager address, so a
/// signature cannot be replayed on another deployment or for another purpose.
contract Slasher {
    error InvalidSignature();
    error SamePayload();
    error SignerMismatch(address a, address b);
    error NotMember();
    error AlreadySlashed();
    error InputWindowOpen();
    error InputCommitted(uint64 index);
    error UnknownE3(uint256 e3Id);
    error NothingToWithdraw();
    error TransferFailed();
    error UnexpectedTransfer();

    event EquivocationSlashed(uint256 indexed e3Id, address indexed member, bytes32 step, bytes32 payloadA, bytes32 payloadB, uint256 taken, address reporter);
    event ReceiptSlashed(uint256 indexed e3Id, address indexed member, bytes32 inputHash, uint256 taken, address reporter);
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice Tag of the digest a member signs for one protocol step.
    bytes32 public constant STEP_TAG = keccak256("ciphernet/v1/step");
    /// @notice Tag of the digest a node signs as an input receipt.
    bytes32 public constant RECEIPT_TAG = keccak256("ciphernet/v1/input-receipt");
    uint256 private constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    Registry public immutable registry;
    E3Manager public immutable e3;
    uint256 public immutable equivocationPenalty;
    uint256 public immutable receiptPenalty;

    mapping(bytes32 => bool) public slashed;
    mapping(address => uint256) public pendingWithdrawals;

    constructor(Registry registry_, E3Manager e3_, uint256 equivocationPenalty_, uint256 receiptPenalty_) {
        registry = registry_;
        e3 = e3_;
        equivocationPenalty = equivocationPenalty_;
        receiptPenalty = receiptPenalty_;
    }

    /// @notice Accepts only penalties forwarded by the registry.
    receive() external payable {
        if (msg.sender != address(registry)) revert UnexpectedTransfer();
    }

    /// @notice The digest a member signs for payloadHash at one step of e3Id.
    function stepDigest(uint256 e3Id, bytes32 step, bytes32 payloadHash) public view returns (bytes32) {
        return keccak256(abi.encode(STEP_TAG, block.chainid, address(e3), e3Id, step, payloadHash));
    }

    /// @notice The digest node signs to acknowledge receiving inputHash for e3Id.
    function receiptDigest(uint256 e3Id, bytes32 inputHash, address node) public view returns (bytes32) {
        return keccak256(abi.encode(RECEIPT_TAG, block.chainid, address(e3), e3Id, inputHash, node));
    }

    /// @notice Slashes a member that signed two different payloads for one step.
    function slashEquivocation(
        uint256 e3Id,
        bytes32 step,
        bytes32 payloadA,
        bytes calldata sigA,
        bytes32 payloadB,
        bytes calldata sigB
    ) external {
        if (payloadA == payloadB) revert SamePayload();
        address a = _recover(stepDigest(e3Id, step, payloadA), sigA);
        address b = _recover(stepDigest(e3Id, step, payloadB), sigB);
        if (a != b) revert SignerMismatch(a, b);
        if (e3.memberOf(e3Id, a).index == 0) revert NotMember();
        bytes32 key = keccak256(abi.encode("equivocation", e3Id, a, step));
        if (slashed[key]) revert AlreadySlashed();
        slashed[key] = true;
        uint256 taken = _take(e3Id, a, equivocationPenalty);
        emit EquivocationSlashed(e3Id, a, step, payloadA, payloadB, taken, msg.sender);
    }

    /// @notice Slashes a member whose signed receipt names an input that was not
    /// committed by the end of the input window. Reverts if it was committed.
    function slashMissingInput(uint256 e3Id, bytes32 inputHash, address node, bytes calldata sig) external {
        E3Manager.E3 memory rec = e3.getE3(e3Id);
        if (rec.phase == E3Manager.Phase.None) revert UnknownE3(e3Id);
        if (rec.inputDeadline == 0 || block.number <= rec.inputDeadline) revert InputWindowOpen();
        (bool committed, uint64 index) = e3.inputIndexOf(e3Id, inputHash);
        if (committed) revert InputCommitted(index);
        address signer = _recover(receiptDigest(e3Id, inputHash, node), sig);
        if (signer != node) revert InvalidSignature();
        if (e3.memberOf(e3Id, node).index == 0) revert NotMember();
        bytes32 key = keccak256(abi.encode("receipt", e3Id, node, inputHash));
        if (slashed[key]) revert AlreadySlashed();
        slashed[key] = true;
        uint256 taken = _take(e3Id, node, receiptPenalty);
        emit ReceiptSlashed(e3Id, node, inputHash, taken, msg.sender);
    }

    /// @notice Pays out rewards and compensation owed to msg.sender.
    function withdraw() external {
        uint256 amount = pendingWithdrawals[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        pendingWithdrawals[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    function _take(uint256 e3Id, address node, uint256 amount) private returns (uint256 taken) {
        taken = registry.penalize(node, amount);
        uint256 reward = taken / 2;
        pendingWithdrawals[msg.sender] += reward;
        pendingWithdrawals[e3.getE3(e3Id).requester] += taken - reward;
    }

    /// @dev ecrecover over a 65-byte r||s||v signature (v in {0,1,27,28}), low-s only.
    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address signer) {
        if (sig.length != 65) revert InvalidSignature();
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        if ((v != 27 && v != 28) || uint256(s) > HALF_ORDER) revert InvalidSignature();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature();
    }
}
