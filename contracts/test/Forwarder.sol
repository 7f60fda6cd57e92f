// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Forwarder (test only): a contract account that cannot receive
/// native currency. Tests route calls through it to provoke the contracts'
/// TransferFailed reverts, which no externally owned account can trigger.
contract Forwarder {
    /// @notice Calls target with data and msg.value, bubbling up any revert.
    function forward(address target, bytes calldata data) external payable {
        (bool ok, bytes memory ret) = target.call{value: msg.value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
