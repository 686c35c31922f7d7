<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClusterView</name>
    <message>
        <location filename="../clusterview.cpp" line="27"/>
        <source>Click a node to select it, double-click to crash or restart it.
Click a link to cut or heal it. Drag around nodes to partition them.
Drag a client onto a node to read there, with Shift to write.
Right-click for more; wheel to zoom, middle button to pan.</source>
        <translation>单击节点以选中它，双击可使其崩溃或重启。
单击链路可切断或恢复它。在节点周围拖动可将其分区。
把客户端拖到节点上即在该节点读取，按住 Shift 则写入。
右键单击查看更多操作；滚轮缩放，中键平移。</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="193"/>
        <source>Crash node %1</source>
        <translation>使节点 %1 崩溃</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="193"/>
        <source>Restart node %1</source>
        <translation>重启节点 %1</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="195"/>
        <source>Send a client command to node %1</source>
        <translation>向节点 %1 发送客户端命令</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="199"/>
        <source>Isolate node %1 from the rest</source>
        <translation>将节点 %1 与其余节点隔离</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="1"/>
        <source>Slow the link %1–%2</source>
        <translation>让链路 %1–%2 变慢</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="1"/>
        <source>by %1</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="1"/>
        <source>Back to normal speed</source>
        <translation>恢复正常速度</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="1"/>
        <source>Pause node %1 (as a garbage-collection pause does)</source>
        <translation>暂停节点 %1（如同一次垃圾回收暂停）</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="1"/>
        <source>for %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="212"/>
        <source>Drop this message</source>
        <translation>丢弃此消息</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="213"/>
        <source>Duplicate this message</source>
        <translation>重复此消息</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="219"/>
        <source>Cut the link %1–%2</source>
        <translation>切断链路 %1–%2</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="219"/>
        <source>Heal the link %1–%2</source>
        <translation>恢复链路 %1–%2</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="222"/>
        <source>Heal all links</source>
        <translation>恢复所有链路</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="224"/>
        <source>Zoom to fit</source>
        <translation>缩放至适合大小</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="265"/>
        <source>Add a client</source>
        <translation>添加客户端</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="283"/>
        <source>Read %1 (client %2, at n%3)</source>
        <translation>读取 %1（客户端 %2，在 n%3）</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="286"/>
        <source>Write %1 = %2 (client %3, at n%4)</source>
        <translation>写入 %1 = %2（客户端 %3，在 n%4）</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="292"/>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="293"/>
        <source>Roam over the live nodes</source>
        <translation>在存活节点间轮换</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="297"/>
        <source>Stick to node %1</source>
        <translation>固定连接节点 %1</translation>
    </message>
    <message>
        <location filename="../clusterview.cpp" line="302"/>
        <source>Remove client %1</source>
        <translation>移除客户端 %1</translation>
    </message>
</context>
<context>
    <name>EventLogDock</name>
    <message>
        <location filename="../eventlogdock.cpp" line="60"/>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="70"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="73"/>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="75"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="80"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="124"/>
        <source>All nodes</source>
        <translation>所有节点</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="126"/>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../eventlogdock.cpp" line="132"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../eventlogmodel.cpp" line="12"/>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="13"/>
        <source>deliver</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="14"/>
        <source>drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="15"/>
        <source>timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="16"/>
        <source>crash</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="17"/>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="1"/>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="1"/>
        <source>slow link</source>
        <translation>慢速链路</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="18"/>
        <source>cut</source>
        <translation>切断</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="19"/>
        <source>heal</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="20"/>
        <source>partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="21"/>
        <source>heal all</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="22"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="23"/>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="24"/>
        <source>note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="25"/>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="26"/>
        <source>invoke</source>
        <translation>调用</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="27"/>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="110"/>
        <source>Expected: this protocol is known to break this property under such faults; the run shows why.</source>
        <translation>预期违规：已知该协议在此类故障下会破坏这一性质；本次运行展示了原因。</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="131"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="132"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="133"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../eventlogmodel.cpp" line="134"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../inspectordock.cpp" line="18"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="29"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="29"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="48"/>
        <source>Click a node to inspect it.</source>
        <translation>单击节点以检查它。</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="57"/>
        <source>term %1</source>
        <translation>任期 %1</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="59"/>
        <source>&lt;b&gt;Node %1&lt;/b&gt;: %2, %3</source>
        <translation>&lt;b&gt;节点 %1&lt;/b&gt;：%2，%3</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="60"/>
        <source>&lt;b&gt;Node %1&lt;/b&gt; is down: only its durable state survives.</source>
        <translation>&lt;b&gt;节点 %1&lt;/b&gt; 已宕机：只有其持久状态得以保留。</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="78"/>
        <source>Durable (survives a crash)</source>
        <translation>持久（崩溃后保留）</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="79"/>
        <source>Volatile (lost in a crash)</source>
        <translation>易失（崩溃后丢失）</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="86"/>
        <source>Timers</source>
        <translation>定时器</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="91"/>
        <source>fires at %1 (in %2)</source>
        <translation>于 %1 触发（%2 后）</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="95"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../inspectordock.cpp" line="99"/>
        <source>Log (%1 shown, ✓ committed)</source>
        <translation>日志（显示 %1 条，✓ 表示已提交）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>L&amp;essons</source>
        <translation>课程(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>&amp;Lessons…</source>
        <translation>课程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Guided lessons: pick one to start or resume (Ctrl+Shift+L)</source>
        <translation>引导式课程：选择一门开始或继续（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Continue the lesson (also Space, Right)</source>
        <translation>继续课程（也可按空格、右方向键）</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Back one lesson step</source>
        <translation>课程返回上一步</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Lesson &quot;%1&quot; has steps 1 to %2; there is no step %3.</source>
        <translation>课程“%1”只有第 1 到第 %2 步；没有第 %3 步。</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Lesson &quot;%1&quot; could not be played to step %2: step %3 was missed.</source>
        <translation>课程“%1”无法播放到第 %2 步：第 %3 步未能完成。</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../mainwindowlessons.cpp" line="1"/>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="35"/>
        <source>ClusterScope</source>
        <translation>ClusterScope</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="64"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="64"/>
        <location filename="../mainwindow.cpp" line="123"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="68"/>
        <source>Violation: %1</source>
        <translation>违规：%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="94"/>
        <source>&amp;New cluster…</source>
        <translation>新建集群(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="96"/>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="98"/>
        <source>&amp;Save scenario…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="100"/>
        <source>&amp;Export trace…</source>
        <translation>导出追踪记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="100"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="102"/>
        <source>Export &amp;image…</source>
        <translation>导出图像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="102"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="104"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="106"/>
        <source>Open &amp;trace…</source>
        <translation>打开追踪记录(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="106"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="108"/>
        <source>Compare with a trace…</source>
        <translation>与追踪记录比较…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="108"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="110"/>
        <source>Export space-time &amp;diagram…</source>
        <translation>导出时空图(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="110"/>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="112"/>
        <source>Back one event</source>
        <translation>后退一个事件</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="114"/>
        <source>Forward one event</source>
        <translation>前进一个事件</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="116"/>
        <source>Previous marker</source>
        <translation>上一个标记</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="116"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="118"/>
        <source>Next marker</source>
        <translation>下一个标记</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="118"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="120"/>
        <source>Back to the present</source>
        <translation>回到当前时刻</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="126"/>
        <source>Step one event</source>
        <translation>单步执行一个事件</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="129"/>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="132"/>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="135"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="135"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="138"/>
        <source>Run until a leader is elected</source>
        <translation>运行直到选出领导者</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="138"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="140"/>
        <source>Run until the next commit</source>
        <translation>运行直到下一次提交</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="140"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="142"/>
        <source>Run until a violation</source>
        <translation>运行直到出现违规</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="142"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="145"/>
        <source>Crash or restart the selected node</source>
        <translation>使选中节点崩溃或重启</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="147"/>
        <source>Isolate the selected node</source>
        <translation>隔离选中节点</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="149"/>
        <source>Client request to the leader</source>
        <translation>向领导者发送客户端请求</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="152"/>
        <source>Send a command to the selected node…</source>
        <translation>向选中节点发送命令…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="152"/>
        <source>Shift+C</source>
        <translation>Shift+C</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="154"/>
        <source>Heal all links</source>
        <translation>恢复所有链路</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="157"/>
        <source>Cut or heal a link from the selected node…</source>
        <translation>切断或恢复选中节点的链路…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="159"/>
        <source>Partition…</source>
        <translation>网络分区…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="159"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="161"/>
        <source>Drop the selected message</source>
        <translation>丢弃选中的消息</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="163"/>
        <source>Duplicate the selected message</source>
        <translation>重复选中的消息</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="163"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="165"/>
        <source>Select the next node</source>
        <translation>选择下一个节点</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="170"/>
        <source>Select node %1</source>
        <translation>选择节点 %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="177"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="179"/>
        <source>Zoom to fit</source>
        <translation>缩放至适合大小</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="179"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="184"/>
        <location filename="../mainwindow.cpp" line="358"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="186"/>
        <location filename="../mainwindow.cpp" line="363"/>
        <source>About ClusterScope</source>
        <translation>关于 ClusterScope</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="200"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="202"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="205"/>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="208"/>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="211"/>
        <source>Select node</source>
        <translation>选择节点</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="214"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="226"/>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="238"/>
        <source>Protocol: switching keeps the cluster size and the network settings.</source>
        <translation>协议：切换时保留集群规模和网络设置。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="270"/>
        <source>Viewing %1 of %2</source>
        <translation>正在查看 %1（当前时刻 %2）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="274"/>
        <source>Time %1</source>
        <translation>时间 %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="275"/>
        <source>Speed %1×</source>
        <translation>速度 %1×</translation>
    </message>
    <message numerus="yes">
        <location filename="../mainwindow.cpp" line="289"/>
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n 次违规</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../mainwindow.cpp" line="291"/>
        <source>, %n expected (a known limitation)</source>
        <translation>
            <numerusform>，%n 次预期违规（已知局限）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="37"/>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="37"/>
        <location filename="../mainwindowfiles.cpp" line="144"/>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="44"/>
        <source>Open trace</source>
        <translation>打开追踪记录</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="63"/>
        <source>Cannot open trace</source>
        <translation>无法打开追踪记录</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="68"/>
        <source>The trace does not replay identically. %1</source>
        <translation>追踪记录的重放结果与原记录不一致。%1</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="70"/>
        <source>Replay differs</source>
        <translation>重放结果不一致</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="73"/>
        <source>Trace replayed identically: %1</source>
        <translation>追踪记录已完全一致地重放：%1</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="79"/>
        <source>Cannot open scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="117"/>
        <location filename="../mainwindowfiles.cpp" line="120"/>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="117"/>
        <source>The runs do not differ.</source>
        <translation>两次运行没有差异。</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="120"/>
        <source>%1

Go to that moment?</source>
        <translation>%1

要跳转到该时刻吗？</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="129"/>
        <source>Compare with a trace</source>
        <translation>与追踪记录比较</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="144"/>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="149"/>
        <source>Cannot save scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="154"/>
        <source>Export trace</source>
        <translation>导出追踪记录</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="44"/>
        <location filename="../mainwindowfiles.cpp" line="129"/>
        <location filename="../mainwindowfiles.cpp" line="154"/>
        <source>Traces (*.json)</source>
        <translation>追踪文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="159"/>
        <source>Cannot export trace</source>
        <translation>无法导出追踪记录</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="161"/>
        <source>Trace written to %1</source>
        <translation>追踪记录已写入 %1</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="192"/>
        <source>ClusterScope cluster</source>
        <translation>ClusterScope 集群</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="175"/>
        <location filename="../mainwindowfiles.cpp" line="186"/>
        <source>%1: cannot write</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="229"/>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="210"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="282"/>
        <source>%1: node %2</source>
        <translation>%1：节点 %2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="282"/>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="200"/>
        <source>ClusterScope space-time diagram</source>
        <translation>ClusterScope 时空图</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="224"/>
        <source>Export space-time diagram</source>
        <translation>导出时空图</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="215"/>
        <source>Scale:</source>
        <translation>缩放比例：</translation>
    </message>
    <message>
        <location filename="../mainwindowfiles.cpp" line="219"/>
        <source>Cannot export image</source>
        <translation>无法导出图像</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="301"/>
        <source>Select a node first (click it or press its number).</source>
        <translation>请先选择一个节点（单击它或按下其编号键）。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="305"/>
        <source>Cut or heal a link</source>
        <translation>切断或恢复链路</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="305"/>
        <source>Link from node %1 to node:</source>
        <translation>从节点 %1 连接到的节点：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="315"/>
        <location filename="../mainwindow.cpp" line="326"/>
        <source>Partition</source>
        <translation>网络分区</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="315"/>
        <source>Groups of nodes, separated by |, e.g. 1,2 | 3,4,5:</source>
        <translation>节点分组，用 | 分隔，例如 1,2 | 3,4,5：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="326"/>
        <source>&quot;%1&quot; is not a node of this cluster.</source>
        <translation>&quot;%1&quot; 不是此集群中的节点。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="342"/>
        <source>Client command</source>
        <translation>客户端命令</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="342"/>
        <source>Command for node %1 (key=value):</source>
        <translation>发送给节点 %1 的命令（key=value）：</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="364"/>
        <source>ClusterScope runs small clusters on a deterministic simulator so you can watch distributed protocols work, break them with the mouse, and export what happened.</source>
        <translation>ClusterScope 在确定性模拟器上运行小型集群，让你可以观察分布式协议的运行过程，用鼠标破坏它们，并导出所发生的一切。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="277"/>
        <source>%1 has nothing of this kind to run until.</source>
        <translation>%1 没有这类事件可运行到。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="281"/>
        <source>Client request</source>
        <translation>客户端请求</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="283"/>
        <source>%1 takes no client commands.</source>
        <translation>%1 不接受客户端命令。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="179"/>
        <source>Read through the selected client</source>
        <translation>通过选中的客户端读取</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="181"/>
        <source>Write through the selected client</source>
        <translation>通过选中的客户端写入</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="183"/>
        <source>Client read or write…</source>
        <translation>客户端读或写…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="183"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="185"/>
        <source>Select the next client</source>
        <translation>选择下一个客户端</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="194"/>
        <source>Add a client</source>
        <translation>添加客户端</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="194"/>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="196"/>
        <source>Stick the selected client to the selected node</source>
        <translation>把选中的客户端固定连接到选中的节点</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="197"/>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="256"/>
        <source>C&amp;lients</source>
        <translation>客户端(&amp;L)</translation>
    </message>
</context>
<context>
    <name>NewClusterDialog</name>
    <message>
        <location filename="../newclusterdialog.cpp" line="14"/>
        <source>New cluster</source>
        <translation>新建集群</translation>
    </message>
    <message>
        <location filename="../newclusterdialog.cpp" line="25"/>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <location filename="../newclusterdialog.cpp" line="26"/>
        <source>Nodes:</source>
        <translation>节点数：</translation>
    </message>
</context>
<context>
    <name>ParametersDock</name>
    <message>
        <location filename="../parametersdock.cpp" line="26"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../parametersdock.cpp" line="57"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../parametersdock.cpp" line="59"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../parametersdock.cpp" line="60"/>
        <source>%1
Default %2, range %3 to %4.</source>
        <translation>%1
默认值 %2，范围 %3 至 %4。</translation>
    </message>
    <message>
        <location filename="../parametersdock.cpp" line="73"/>
        <source>Changes apply at the current moment and are recorded in the trace.</source>
        <translation>更改将在当前时刻生效，并记录到追踪记录中。</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1 writes %2 = %3 at n%4 (operation %5)</source>
        <translation>客户端 %1 经 n%4 写入 %2 = %3（操作 %5）</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1 reads %2 at n%3 (operation %4)</source>
        <translation>客户端 %1 经 n%3 读取 %2（操作 %4）</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="26"/>
        <source>client %1 sets %2 from %3 to %4 at n%5 (operation %6)</source>
        <translation>客户端 %1 经 n%5 将 %2 从 %3 比较并设置为 %4（操作 %6）</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1 sends %2 to n%3 (operation %4)</source>
        <translation>客户端 %1 向 n%3 发送 %2（操作 %4）</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1: operation %2 ok, value %3, after %4</source>
        <translation>客户端 %1：操作 %2 成功，值为 %3，用时 %4</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1: operation %2 ok after %3</source>
        <translation>客户端 %1：操作 %2 成功，用时 %3</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1: operation %2 failed (%3; the leader is n%4) after %5</source>
        <translation>客户端 %1：操作 %2 失败（%3；领导者是 n%4），用时 %5</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1: operation %2 failed (%3) after %4</source>
        <translation>客户端 %1：操作 %2 失败（%3），用时 %4</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="20"/>
        <source>client %1: operation %2 unknown: no answer within %3, it may or may not have taken effect</source>
        <translation>客户端 %1：操作 %2 结果未知：%3 内没有应答，它可能生效也可能没有生效</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="62"/>
        <source>nil</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="64"/>
        <source>w %1=%2</source>
        <translation>写 %1=%2</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="66"/>
        <source>r %1</source>
        <translation>读 %1</translation>
    </message>
    <message>
        <location filename="../operationtext.cpp" line="67"/>
        <source>r %1 → %2</source>
        <translation>读 %1 → %2</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>not leader</source>
        <translation>不是领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>no leader known</source>
        <translation>不知道领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>lost leadership</source>
        <translation>失去领导权</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>leader not established yet</source>
        <translation>领导者尚未确立</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>reads are not supported</source>
        <translation>不支持读取</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>not a proposer</source>
        <translation>不是提议者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>the coordinator does not vote</source>
        <translation>协调者不投票</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>node down</source>
        <translation>节点已宕机</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="9"/>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="10"/>
        <source>Minimum latency</source>
        <translation>最小延迟</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Maximum latency</source>
        <translation>最大延迟</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="12"/>
        <source>Message loss</source>
        <translation>消息丢失</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="13"/>
        <source>Duplication</source>
        <translation>消息重复</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="14"/>
        <source>Election timeout (min)</source>
        <translation>选举超时（最小）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="15"/>
        <source>Election timeout (max)</source>
        <translation>选举超时（最大）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="16"/>
        <source>Heartbeat interval</source>
        <translation>心跳间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="17"/>
        <source>Number of nodes in the cluster.</source>
        <translation>集群中的节点数量。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="18"/>
        <source>Shortest one-way delay of a message.</source>
        <translation>一条消息单程的最短延迟。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="19"/>
        <source>Longest one-way delay of a message; each message draws its delay from the range.</source>
        <translation>一条消息单程的最长延迟；每条消息的延迟在此范围内随机抽取。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="20"/>
        <source>Chance that a message is lost on its way.</source>
        <translation>消息在途中丢失的概率。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="21"/>
        <source>Chance that a message is delivered twice.</source>
        <translation>消息被送达两次的概率。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="22"/>
        <source>Shortest time a follower waits for the leader before it campaigns.</source>
        <translation>跟随者在发起竞选前等待领导者的最短时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="23"/>
        <source>Longest such wait; each wait is drawn at random from the range.</source>
        <translation>这种等待的最长时间；每次等待在此范围内随机抽取。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="24"/>
        <source>How often the leader sends AppendEntries when it has nothing new.</source>
        <translation>领导者在没有新条目时发送 AppendEntries 的间隔。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="25"/>
        <source>follower</source>
        <translation>跟随者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="26"/>
        <source>candidate</source>
        <translation>候选者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="27"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="28"/>
        <source>election</source>
        <translation>选举</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="29"/>
        <source>heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="30"/>
        <source>Raft</source>
        <translation>Raft</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="31"/>
        <source>Raft (unsafe: commits old-term entries by counting)</source>
        <translation>Raft（不安全：按副本数提交旧任期条目）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="32"/>
        <source>Two-phase commit</source>
        <translation>两阶段提交</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="33"/>
        <source>Three-phase commit</source>
        <translation>三阶段提交</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="34"/>
        <source>Node 1 coordinates; the others are participants.</source>
        <translation>节点 1 担任协调者；其余节点为参与者。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="35"/>
        <source>Chance of a no vote</source>
        <translation>反对票概率</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="36"/>
        <source>Coordinator timeout</source>
        <translation>协调者超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="37"/>
        <source>Participant timeout</source>
        <translation>参与者超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="38"/>
        <source>Retry interval</source>
        <translation>重试间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="39"/>
        <source>Chance that a participant votes no on its own.</source>
        <translation>参与者自行投反对票的概率。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="40"/>
        <source>How long the coordinator waits for votes (or preCommit acks) before it acts.</source>
        <translation>协调者在采取行动前等待投票（或预提交确认）的时长。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="41"/>
        <source>3PC: how long a participant waits before it runs the termination protocol.</source>
        <translation>3PC：参与者在运行终止协议前等待的时长。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="42"/>
        <source>How often decisions are resent and in-doubt participants ask.</source>
        <translation>重发决定以及状态不确定的参与者发起询问的间隔。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="43"/>
        <source>coordinator</source>
        <translation>协调者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="44"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="45"/>
        <source>init</source>
        <translation>初始</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="46"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="47"/>
        <source>precommit</source>
        <translation>预提交</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="48"/>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="49"/>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="50"/>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="51"/>
        <source>termination</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="52"/>
        <source>Transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="53"/>
        <source>Start a transaction</source>
        <translation>开始一个事务</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="54"/>
        <source>Will vote no</source>
        <translation>将投反对票</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="55"/>
        <source>Will vote yes</source>
        <translation>将投赞成票</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="56"/>
        <source>Bully election</source>
        <translation>霸道选举（Bully）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="57"/>
        <source>Bully election (unsafe: ignores alive answers)</source>
        <translation>霸道选举（不安全：忽略存活应答）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="58"/>
        <source>Failure timeout</source>
        <translation>故障超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="59"/>
        <source>Answer timeout</source>
        <translation>应答超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="60"/>
        <source>Victory timeout</source>
        <translation>胜选超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="61"/>
        <source>How often the coordinator tells the others it is alive.</source>
        <translation>协调者向其他节点报告自己存活的间隔。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="62"/>
        <source>How long a node waits for the coordinator&apos;s heartbeat before it starts an election.</source>
        <translation>节点在发起选举前等待协调者心跳的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="63"/>
        <source>How long an electing node waits for an alive answer from a higher node.</source>
        <translation>正在选举的节点等待更高编号节点存活应答的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="64"/>
        <source>After an answer, how long to wait for the coordinator&apos;s announcement.</source>
        <translation>收到应答后，等待协调者公告的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="65"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="66"/>
        <source>electing</source>
        <translation>选举中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="67"/>
        <source>failure</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="68"/>
        <source>answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="69"/>
        <source>victory</source>
        <translation>胜选</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="70"/>
        <source>Start an election</source>
        <translation>发起选举</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="71"/>
        <source>Paxos (single decree)</source>
        <translation>Paxos（单值）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="72"/>
        <source>Paxos (unsafe: acceptors forget promises on restart)</source>
        <translation>Paxos（不安全：接受者重启后忘记承诺）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="73"/>
        <source>Multi-Paxos</source>
        <translation>Multi-Paxos</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="74"/>
        <source>ZAB</source>
        <translation>ZAB</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="75"/>
        <source>ZAB (unsafe: broadcasts before syncing followers)</source>
        <translation>ZAB（不安全：同步跟随者之前就广播）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="76"/>
        <source>Proposers</source>
        <translation>提议者数量</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="77"/>
        <source>Phase timeout</source>
        <translation>阶段超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="78"/>
        <source>Random back-off</source>
        <translation>随机退避</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="79"/>
        <source>Distinguished proposer</source>
        <translation>指定提议者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="80"/>
        <source>Observers</source>
        <translation>观察者数量</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="81"/>
        <source>Finalize wait</source>
        <translation>定票等待</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="82"/>
        <source>Liveness timeout</source>
        <translation>存活超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="83"/>
        <source>Ping interval</source>
        <translation>心跳探测间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="84"/>
        <source>acceptor</source>
        <translation>接受者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="96"/>
        <source>proposer</source>
        <translation>提议者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="85"/>
        <source>preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="86"/>
        <source>accepting</source>
        <translation>接受中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="87"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="88"/>
        <source>learned</source>
        <translation>已学习</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="89"/>
        <source>looking</source>
        <translation>寻找中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="90"/>
        <source>following</source>
        <translation>跟随中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="91"/>
        <source>leading</source>
        <translation>领导中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="92"/>
        <source>observing</source>
        <translation>观察中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="93"/>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="94"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="95"/>
        <source>finalize</source>
        <translation>定票</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="96"/>
        <source>ping</source>
        <translation>探测</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="97"/>
        <source>liveness</source>
        <translation>存活</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="98"/>
        <source>Nodes 1 to this number propose; the others accept (all accept if none are left).</source>
        <translation>编号 1 到此数的节点作为提议者；其余节点作为接受者（若没有剩余节点则全部作为接受者）。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="99"/>
        <source>How long a proposer waits for a majority before it gives up the round.</source>
        <translation>提议者在放弃本轮之前等待多数派的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="100"/>
        <source>Extra random wait before a retry; 0 lets duelling proposers livelock.</source>
        <translation>重试前额外的随机等待；为 0 时相互竞争的提议者可能活锁。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="101"/>
        <source>1: after a failed round only node 1 retries, which ends duels.</source>
        <translation>1：一轮失败后只有节点 1 重试，从而结束竞争。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="102"/>
        <source>The last nodes observe: they learn commits but do not vote.</source>
        <translation>最后几个节点作为观察者：它们学习提交结果但不投票。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="103"/>
        <source>How long a looking server waits for a better vote once a quorum agrees.</source>
        <translation>法定人数达成一致后，寻找中的服务器再等待更优选票的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="104"/>
        <source>Followers that miss the leader this long, or a leader that misses a quorum, look for a new leader.</source>
        <translation>跟随者这么久收不到领导者消息，或领导者收不到法定人数的消息时，重新寻找领导者。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="105"/>
        <source>How often the leader pings its followers.</source>
        <translation>领导者探测跟随者的间隔。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="106"/>
        <source>Shortest time without the leader&apos;s heartbeat before a node campaigns.</source>
        <translation>节点在收不到领导者心跳后发起竞选前的最短时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="107"/>
        <source>How often the leader asserts itself and resends what is pending.</source>
        <translation>领导者宣示自身并重发未完成请求的间隔。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="109"/>
        <source>Run until a leader is elected</source>
        <translation>运行直到选出领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="110"/>
        <source>Elections</source>
        <translation>选举</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="111"/>
        <source>No leader was elected</source>
        <translation>没有选出领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="112"/>
        <source>Run until a leader is established</source>
        <translation>运行直到领导者确立</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="113"/>
        <source>Leaders established</source>
        <translation>领导者确立</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="114"/>
        <source>No leader was established</source>
        <translation>没有确立领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="112"/>
        <source>Run until a coordinator is elected</source>
        <translation>运行直到选出协调者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="113"/>
        <source>Coordinators elected</source>
        <translation>协调者当选</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="114"/>
        <source>No coordinator was elected</source>
        <translation>没有选出协调者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="115"/>
        <source>Run until a proposer wins its prepare phase</source>
        <translation>运行直到某个提议者赢得准备阶段</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="116"/>
        <source>Prepare phases won</source>
        <translation>赢得的准备阶段</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="117"/>
        <source>No proposer won its prepare phase</source>
        <translation>没有提议者赢得准备阶段</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="118"/>
        <source>Run until a node terminates a transaction</source>
        <translation>运行直到某个节点对事务执行终止协议</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="119"/>
        <source>Terminations</source>
        <translation>终止协议</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="120"/>
        <source>No node ran the termination protocol</source>
        <translation>没有节点执行终止协议</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="121"/>
        <source>Run until the next commit</source>
        <translation>运行直到下一次提交</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="122"/>
        <source>Commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="123"/>
        <source>Nothing was committed</source>
        <translation>没有提交任何内容</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="124"/>
        <source>Run until the next value is chosen</source>
        <translation>运行直到下一个值被选定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="125"/>
        <source>Values chosen</source>
        <translation>选定的值</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="126"/>
        <source>No value was chosen</source>
        <translation>没有值被选定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="127"/>
        <source>Run until the next victory is announced</source>
        <translation>运行直到下一次宣布胜选</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="128"/>
        <source>Victories</source>
        <translation>胜选</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="129"/>
        <source>No victory was announced</source>
        <translation>没有宣布胜选</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="130"/>
        <source>Run until a value is chosen</source>
        <translation>运行直到一个值被选定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="131"/>
        <source>Value chosen</source>
        <translation>值被选定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="132"/>
        <source>Run until the next decision</source>
        <translation>运行直到下一个决定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="133"/>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="134"/>
        <source>Nothing was decided</source>
        <translation>没有做出任何决定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="135"/>
        <source>Client request to the leader</source>
        <translation>向领导者发送客户端请求</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="136"/>
        <source>Propose a value</source>
        <translation>提议一个值</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="184"/>
        <source>Propose &quot;attack at dawn&quot;</source>
        <translation>提议“attack at dawn”</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="185"/>
        <source>Propose &quot;retreat&quot;</source>
        <translation>提议“retreat”</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="137"/>
        <source>Start a client transaction</source>
        <translation>开始一个客户端事务</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="150"/>
        <source>Commands Applied</source>
        <translation>命令已应用</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="110"/>
        <source>Commands Learned</source>
        <translation>命令已学习</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="111"/>
        <source>Proposals Delivered</source>
        <translation>提议已交付</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="112"/>
        <source>Value Learned</source>
        <translation>值已学习</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="113"/>
        <source>Transactions Decided</source>
        <translation>事务已决定</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Quorum key-value store (leaderless)</source>
        <translation>法定人数键值存储（无主）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Client write to a live node</source>
        <translation>客户端写入某个存活节点</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Quorum key-value store (unsafe: acknowledges one ack short)</source>
        <translation>法定人数键值存储（不安全：少一个确认就应答）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Any node coordinates a request: a write completes after W of the key&apos;s N replicas acknowledge it, a read after R reply; read repair, anti-entropy and hinted handoff bring stale replicas up to date.</source>
        <translation>任一节点都可协调请求：写在键的 N 个副本中有 W 个确认后完成，读在 R 个副本回复后完成；读修复、反熵和提示移交让落后的副本追上。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Replicas (N)</source>
        <translation>副本数（N）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Write quorum (W)</source>
        <translation>写法定人数（W）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Read quorum (R)</source>
        <translation>读法定人数（R）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Reconcile</source>
        <translation>冲突调和</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Sloppy quorum</source>
        <translation>宽松法定人数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Reply timeout</source>
        <translation>应答超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Replicated key-value store (CP or AP)</source>
        <translation>复制键值存储（CP 或 AP）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>CP: the lowest live node leads and runs every read and write through a majority, so the minority side of a partition refuses. AP: the primary answers writes at once and replicates in the background; any replica answers reads, possibly stale, and both sides of a partition keep serving. Replicas reconcile by last-writer-wins or keep siblings.</source>
        <translation>CP：编号最小的存活节点担任领导者，每次读写都经过多数派，因此分区中的少数派一方拒绝服务。AP：主节点立即应答写入并在后台复制；任何副本都可应答读取（可能是旧值），分区两侧都继续服务。副本按“最后写入者胜”协调，或保留并存版本。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>cp: a leader replicates each write to a majority before answering; ap: the primary answers at once and replicates in the background.</source>
        <translation>cp：领导者先把每次写入复制到多数派再应答；ap：主节点立即应答并在后台复制。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Reconciliation</source>
        <translation>协调策略</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How concurrent versions are reconciled in ap mode: lww keeps the newest (timestamp, node) and flags the lost write; siblings keeps them all for the next write to merge.</source>
        <translation>ap 模式下并发版本的协调方式：lww 保留（时间戳，节点）最新的版本并标记丢失的写入；siblings 全部保留，由下一次写入合并。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>cp</source>
        <translation>cp（一致优先）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>ap</source>
        <translation>ap（可用优先）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>lww</source>
        <translation>lww（最后写入者胜）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>siblings</source>
        <translation>siblings（保留并存版本）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How often every node tells the others it is alive.</source>
        <translation>每个节点向其他节点报告存活的频率。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How long without a heartbeat before a node counts a peer as gone.</source>
        <translation>多久收不到心跳后，节点认为对方已离开。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Anti-entropy interval</source>
        <translation>反熵间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>How many nodes of the ring keep each key.</source>
        <translation>环上保存每个键的节点数。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>How many replicas must acknowledge a write before the client is told ok.</source>
        <translation>写入须有多少副本确认，客户端才得到成功。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>How many replicas must answer a read before the client gets the newest version seen.</source>
        <translation>读取须有多少副本回复，客户端才得到所见的最新版本。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Concurrent versions: keep the last writer&apos;s (the others are lost) or keep them all as siblings for the client to merge.</source>
        <translation>并发版本：保留最后写入者的版本（其余丢失），或全部保留为兄弟版本由客户端合并。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>When a replica does not answer in time, write to the next node of the ring with a hint and read from it too.</source>
        <translation>副本未及时应答时，带提示写到环上的下一个节点，并也从它读取。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>How long a coordinator waits for its quorum before it fails the request (or, in a sloppy quorum, first turns to fallback nodes).</source>
        <translation>协调者等待法定人数的时长，超时则请求失败（宽松法定人数下先转向后备节点）。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>How often a node compares digests with the other replicas of its keys and hands hints off.</source>
        <translation>节点与其键的其他副本比较摘要并移交提示的频率。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>coordinating</source>
        <translation>协调中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>hinting</source>
        <translation>持有提示</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>anti-entropy</source>
        <translation>反熵</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>not a key-value operation</source>
        <translation>不是键值操作</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Run until a write is acknowledged</source>
        <translation>运行到某次写入被确认</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How often every node pushes all its versions to its peers.</source>
        <translation>每个节点把自己的全部版本推送给其他节点的频率。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Round timeout</source>
        <translation>轮次超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How long a CP leader waits for a majority before it gives up a round.</source>
        <translation>CP 领导者放弃一轮之前等待多数派应答的时长。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Staleness bound</source>
        <translation>陈旧上限</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>A bounded-staleness read is refused by a replica whose snapshot of the primary is older than this.</source>
        <translation>若副本持有的主节点快照比这段时间更旧，就拒绝有界陈旧读。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>reconciling</source>
        <translation>协调中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>isolated</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>primary</source>
        <translation>主节点</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>antiEntropy</source>
        <translation>反熵</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Run until a leader serves</source>
        <translation>运行到领导者开始服务</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Leaders serving</source>
        <translation>开始服务的领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>No leader served</source>
        <translation>没有领导者开始服务</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Run until a write is acknowledged by a majority</source>
        <translation>运行到一次写入被多数派确认</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Acknowledged writes</source>
        <translation>已确认的写入</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>acknowledged writes</source>
        <translation>已确认的写入</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>No write was acknowledged</source>
        <translation>没有写入被确认</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Versions Never Go Back</source>
        <translation>版本从不回退</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Write Quorum</source>
        <translation>写法定人数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp"/>
        <source>Read Quorum</source>
        <translation>读法定人数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Client write (key=value) or read (get key)</source>
        <translation>客户端写入（key=value）或读取（get key）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>not the leader</source>
        <translation>不是领导者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>no majority reachable</source>
        <translation>无法联系到多数派</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>reconciling replicas</source>
        <translation>正在协调副本</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>no majority answered</source>
        <translation>多数派没有应答</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>strong reads go to the primary</source>
        <translation>强一致读取须发往主节点</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>replica too stale</source>
        <translation>副本过于陈旧</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>the primary does not hear every replica</source>
        <translation>主节点没有收到每个副本的消息</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>expected key=value or get key</source>
        <translation>应为 key=value 或 get key</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>compare-and-set is not supported</source>
        <translation>不支持比较并设置</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Replicas Converge</source>
        <translation>副本收敛</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Acknowledged Write On Majority</source>
        <translation>已确认写入位于多数派</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Linearizable Reads</source>
        <translation>可线性化读取</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual exclusion: central coordinator</source>
        <translation>互斥：中央协调者</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>the storage refused a stale fencing token</source>
        <translation>存储拒绝了过期的防护令牌</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>ask a process (node 3 or higher) to take the lock</source>
        <translation>请让一个进程（节点 3 或更高）去获取锁</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>the storage takes writes from lock holders only</source>
        <translation>存储只接受锁持有者的写入</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>a process takes commands to do under the lock</source>
        <translation>进程只接受要在锁内执行的命令</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>the session expired while holding the lock</source>
        <translation>持有锁期间会话已过期</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual exclusion: Ricart-Agrawala</source>
        <translation>互斥：Ricart-Agrawala 算法</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual exclusion: Ricart-Agrawala, skipping failed peers</source>
        <translation>互斥：Ricart-Agrawala 算法（跳过故障节点）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual exclusion: Ricart-Agrawala (unsafe: replies at once)</source>
        <translation>互斥：Ricart-Agrawala 算法（不安全：总是立即回复）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual exclusion: token ring</source>
        <translation>互斥：令牌环</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual exclusion: token ring (unsafe: regenerates without checking)</source>
        <translation>互斥：令牌环（不安全：不经检查就重新生成令牌）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Node 1 grants the critical section to one process at a time from a first-come-first-served queue: request, grant, release, three messages per entry. If it crashes, nobody gets in.</source>
        <translation>节点 1 按先来先服务的队列，每次只把临界区授予一个进程：请求、授权、释放，每次进入三条消息。它一旦崩溃，谁也进不去。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>A process asks every peer with a Lamport timestamp and enters once all have replied, 2(n-1) messages per entry; the earlier (timestamp, id) goes first and the other&apos;s reply waits until it leaves. One crashed peer or one lost reply stalls the requester.</source>
        <translation>进程带着 Lamport 时间戳询问所有其他进程，全部回复后才进入，每次进入 2(n-1) 条消息；（时间戳, 编号）较早者先进，另一方的回复要等它离开后才发出。一个崩溃的进程或一条丢失的回复就会让请求者停滞。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>One token goes round the ring and only its holder may enter: 0 to n-1 hops of waiting. Node 1 notices a lost token and makes a new one only after a probe has gone round, so never two.</source>
        <translation>一个令牌沿环传递，只有持有者可以进入：等待 0 到 n-1 跳。节点 1 发现令牌丢失后，先让探测消息绕环一周，再生成新令牌，因此永远不会有两个令牌。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Request interval</source>
        <translation>请求间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Requests per process</source>
        <translation>每个进程的请求次数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Time inside</source>
        <translation>临界区停留时间</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Retry time-out</source>
        <translation>重试超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Token time-out</source>
        <translation>令牌超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>How often, on average, each process asks for the critical section by itself; 0 for never (only when told to).</source>
        <translation>每个进程平均多久自行请求一次临界区；0 表示从不（只在被要求时请求）。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>How many times each process asks by itself before it stops; 0 for no limit.</source>
        <translation>每个进程自行请求多少次后停止；0 表示不限。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>How long a process stays in the critical section.</source>
        <translation>进程在临界区内停留多久。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>How long a waiting process waits before it asks again, and how long the coordinator lets a holder keep the grant before it asks whether it is done; 0 for never, as in the textbook.</source>
        <translation>等待中的进程等多久再次请求，以及协调者让持有者保留授权多久后询问它是否已用完；0 表示从不，与教科书一致。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>How long a waiting process waits before it asks again the peers that have not replied; 0 for never, as in the textbook.</source>
        <translation>等待中的进程等多久再次询问尚未回复的进程；0 表示从不，与教科书一致。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>How long node 1 waits for the token to come round before it decides the token is lost; 0 for never.</source>
        <translation>节点 1 等令牌转回来等多久，才判定令牌已丢失；0 表示从不。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Distributed lock: database lock table</source>
        <translation>分布式锁：数据库锁表</translation>
    </message>
    <message>
        <source>A process inserts the lock&apos;s row to take the lock and deletes it to release; the row has no expiry, so a holder that crashes leaves the lock taken forever.</source>
        <translation>进程插入锁的行来获取锁，删除该行来释放；这一行没有过期时间，所以持有者崩溃后锁将永远被占用。</translation>
    </message>
    <message>
        <source>Distributed lock: cache key with setnx and expiry</source>
        <translation>分布式锁：带 setnx 和过期时间的缓存键</translation>
    </message>
    <message>
        <source>A process sets the lock&apos;s key if it is absent, with an expiry; a holder paused past the expiry still believes it holds the lock, and the storage refuses its stale fencing token.</source>
        <translation>进程在锁的键不存在时设置它，并带上过期时间；暂停超过过期时间的持有者仍以为自己持有锁，存储拒绝它过期的防护令牌。</translation>
    </message>
    <message>
        <source>Distributed lock: cache key (unsafe: clients ignore fencing)</source>
        <translation>分布式锁：缓存键（不安全：客户端忽略防护令牌）</translation>
    </message>
    <message>
        <source>As the cache lock, but processes write without their fencing token, so the storage takes a paused holder&apos;s stale write after the new holder&apos;s.</source>
        <translation>与缓存锁相同，但进程写入时不带防护令牌，所以存储在新持有者写入之后仍接受了暂停的旧持有者的过期写入。</translation>
    </message>
    <message>
        <source>Distributed lock: ZooKeeper sequential ephemeral nodes</source>
        <translation>分布式锁：ZooKeeper 临时顺序节点</translation>
    </message>
    <message>
        <source>Each process creates a sequential ephemeral node and holds the lock when no conflicting node is lower; waiters watch their predecessor (the recipe) or the whole directory (the herd).</source>
        <translation>每个进程创建一个临时顺序节点，当没有更小的冲突节点时持有锁；等待者监视其前一个节点（标准做法）或整个目录（羊群效应）。</translation>
    </message>
    <message>
        <source>Work time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>How long a process works while holding the lock before it writes to the storage.</source>
        <translation>进程持有锁后工作多久才写入存储。</translation>
    </message>
    <message>
        <source>How long a process waits for an answer before asking again (and how often it polls a busy lock).</source>
        <translation>进程等待回答多久后再次请求（以及轮询被占用的锁的频率）。</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>How long the cache keeps the lock&apos;s key before it expires on its own.</source>
        <translation>缓存保留锁的键多久后自动过期。</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>会话超时</translation>
    </message>
    <message>
        <source>How long the server keeps a silent client&apos;s session (and its ephemeral nodes).</source>
        <translation>服务器为沉默的客户端保留会话（及其临时节点）多久。</translation>
    </message>
    <message>
        <source>Waiters watch</source>
        <translation>等待者监视</translation>
    </message>
    <message>
        <source>predecessor: each waiter watches the next lower node (the recipe); directory: every waiter watches the whole lock directory, so one release wakes them all.</source>
        <translation>predecessor：每个等待者只监视比自己小的前一个节点（标准做法）；directory：每个等待者监视整个锁目录，一次释放会唤醒所有等待者。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>锁服务</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>inside</source>
        <translation>在临界区内</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>critical section</source>
        <translation>临界区</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>time-out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Request the critical section</source>
        <translation>请求临界区</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Mutual Exclusion</source>
        <translation>互斥</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Single Token</source>
        <translation>唯一令牌</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>No Starvation</source>
        <translation>无饥饿</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Run until a process enters the critical section</source>
        <translation>运行到有进程进入临界区</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Entries into the critical section</source>
        <translation>进入临界区</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>entries</source>
        <translation>次进入</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>No process entered the critical section</source>
        <translation>没有进程进入临界区</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Entries</source>
        <translation>进入次数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Messages per entry</source>
        <translation>每次进入的消息数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Coordinator messages</source>
        <translation>协调者消息数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Delay before entry (message times)</source>
        <translation>进入前的延迟（消息时间）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Hops before entry</source>
        <translation>进入前的跳数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>Tokens regenerated</source>
        <translation>重新生成的令牌</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="1"/>
        <source>holding</source>
        <translation>持有锁</translation>
    </message>
    <message>
        <source>releasing</source>
        <translation>释放中</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Ask for the lock</source>
        <translation>请求锁</translation>
    </message>
    <message>
        <source>Ask for a read lock</source>
        <translation>请求读锁</translation>
    </message>
    <message>
        <source>Ask a process for the lock</source>
        <translation>让一个进程请求锁</translation>
    </message>
    <message>
        <source>Run until a process takes the lock</source>
        <translation>运行到有进程获得锁</translation>
    </message>
    <message>
        <source>Locks taken</source>
        <translation>获得锁</translation>
    </message>
    <message>
        <source>locks taken</source>
        <translation>获得锁次数</translation>
    </message>
    <message>
        <source>No process took the lock</source>
        <translation>没有进程获得锁</translation>
    </message>
    <message>
        <source>Readers And Writers Exclude</source>
        <translation>读写互斥</translation>
    </message>
    <message>
        <source>Fenced Writes</source>
        <translation>防护写入</translation>
    </message>
    <message>
        <source>Every Waiter Served</source>
        <translation>每个等待者都获得锁</translation>
    </message>
    <message>
        <source>Holders at once</source>
        <translation>同时持有者</translation>
    </message>
    <message>
        <source>Most holders at once</source>
        <translation>最多同时持有者</translation>
    </message>
    <message>
        <source>Notifications for the last release</source>
        <translation>上次释放引起的通知</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Child listings for the last release</source>
        <translation>上次释放引起的子节点列举</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Failure detection (heartbeats)</source>
        <translation>故障检测（心跳）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Every node sends heartbeats to every other; a monitor suspects a silent peer after a fixed timeout, or when phi, the accrual detector&apos;s suspicion level, reaches its threshold.</source>
        <translation>每个节点向其他所有节点发送心跳；监视者在固定超时之后，或在累积检测器的怀疑度 phi 达到阈值时，怀疑沉默的节点。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Fixed timeout, or phi from the normal distribution or from Akka&apos;s logistic approximation.</source>
        <translation>固定超时，或由正态分布、或由 Akka 的 logistic 近似计算的 phi。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How often every node tells every other node it is alive.</source>
        <translation>每个节点多久告诉其他所有节点一次自己还活着。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Fixed timeout</source>
        <translation>固定超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>The fixed detector suspects a peer silent for this long.</source>
        <translation>固定超时检测器在节点沉默这么久后怀疑它。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Phi threshold</source>
        <translation>phi 阈值</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>The phi detectors suspect a peer when phi reaches this level (8 in Akka and Cassandra).</source>
        <translation>phi 达到这个值时，phi 检测器怀疑该节点（Akka 和 Cassandra 中为 8）。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Arrival window</source>
        <translation>到达窗口</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many recent heartbeat intervals phi&apos;s mean and deviation are computed from.</source>
        <translation>用最近多少个心跳间隔计算 phi 的均值和标准差。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Minimum deviation</source>
        <translation>最小标准差</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>The smallest standard deviation phi assumes, however regular the heartbeats.</source>
        <translation>无论心跳多么规律，phi 假设的最小标准差。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Longest counted interval</source>
        <translation>计入的最长间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Longer gaps between heartbeats (a partition, a pause) are left out of the window.</source>
        <translation>比这更长的心跳间隔（分区、暂停）不计入窗口。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Probe retries</source>
        <translation>探测重试次数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many direct probes a monitor sends a silent peer before it suspects it.</source>
        <translation>监视者在怀疑沉默节点之前，直接向它发送多少次探测。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Probe timeout</source>
        <translation>探测超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How long a monitor waits for the answer to one probe.</source>
        <translation>监视者等待一次探测应答的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Display refresh</source>
        <translation>显示刷新间隔</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How often each node recomputes the levels it shows (0: only when a message arrives).</source>
        <translation>每个节点多久重新计算一次显示的怀疑度（0：仅在消息到达时）。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>fixed</source>
        <translation>固定超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>phi-normal</source>
        <translation>phi（正态分布）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>phi-logistic</source>
        <translation>phi（logistic 近似）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>trusting</source>
        <translation>信任</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>suspecting</source>
        <translation>怀疑中</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Crash Eventually Suspected</source>
        <translation>崩溃终被怀疑</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Run until the next suspicion</source>
        <translation>运行到下一次怀疑</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Suspicions</source>
        <translation>怀疑</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>suspicions</source>
        <translation>次怀疑</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>No node was suspected</source>
        <translation>没有节点被怀疑</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Crashes detected</source>
        <translation>检测到的崩溃</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Mean time to detect</source>
        <translation>平均检测时间</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>False suspicions</source>
        <translation>误判次数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Load balancing</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Clients send requests through a balancer to servers of different weights; the balancer picks each server with the chosen algorithm (round robin, nginx's smooth weighted round robin, least connections, hashing...) and takes a failing server out for a while.</source>
        <translation>客户端经负载均衡器把请求发给权重不同的服务器；均衡器按所选算法（轮询、nginx 的平滑加权轮询、最少连接、哈希……）挑选服务器，并把失败的服务器暂时摘除。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Load balancing (current weights start at the weights)</source>
        <translation>负载均衡（当前权重从权重开始）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>nginx's smooth weighted round robin started from the weights instead of 0 (the seed's prose starts from the weights but adds them after the pick, and names a third start, {3,4,5}): the current weights never sum to 0 again.</source>
        <translation>nginx 的平滑加权轮询从权重而不是从 0 开始（种子笔记的正文从权重开始，但在选择之后才加权重，而且还给出了第三种起点 {3,4,5}）：当前权重之和再也不会回到 0。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Load balancing (picks servers it took out)</source>
        <translation>负载均衡（仍选已摘除的服务器）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>A balancer that counts failures but keeps picking a server it has taken out.</source>
        <translation>均衡器记录失败次数，却仍然挑选已被摘除的服务器。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Load balancing (passes on late responses)</source>
        <translation>负载均衡（转发迟到的响应）</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>A balancer that also passes on a response arriving after it gave the request to another server.</source>
        <translation>均衡器把请求转给另一台服务器之后，仍转发先前那台迟到的响应。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How the balancer picks a server for each request.</source>
        <translation>均衡器为每个请求挑选服务器的方式。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Servers</source>
        <translation>服务器数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many nodes after the balancer are servers; the rest are clients.</source>
        <translation>均衡器之后有多少个节点是服务器；其余节点是客户端。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Weight of server a</source>
        <translation>服务器 a 的权重</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Weight of server b</source>
        <translation>服务器 b 的权重</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Weight of server c</source>
        <translation>服务器 c 的权重</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Weight of server d</source>
        <translation>服务器 d 的权重</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Weight of server e</source>
        <translation>服务器 e 的权重</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>The server's weight; a lighter server also serves more slowly.</source>
        <translation>服务器的权重；权重越小的服务器处理得也越慢。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many requests a server serves at once.</source>
        <translation>一台服务器同时处理多少个请求。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Queue length</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many more requests a server queues before it refuses.</source>
        <translation>服务器在拒绝之前还能排队多少个请求。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Service time</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How long the heaviest server takes for one request.</source>
        <translation>权重最大的服务器处理一个请求所需的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Service time spread</source>
        <translation>服务时间波动</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Each service time is drawn within this much of its mean.</source>
        <translation>每次服务时间在其均值上下这个比例内随机取值。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many requests each client sends per second on average.</source>
        <translation>每个客户端平均每秒发送的请求数。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Burst</source>
        <translation>突发</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Each client sends up to this many requests at once (1: evenly spaced).</source>
        <translation>每个客户端一次最多连发这么多请求（1：均匀间隔）。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Server time-out</source>
        <translation>服务器超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How long the balancer waits for a server before it counts a failure.</source>
        <translation>均衡器等待服务器多久后记一次失败。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How many different servers the balancer tries for one request.</source>
        <translation>均衡器为一个请求最多尝试几台不同的服务器。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Max fails</source>
        <translation>最大失败次数</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>nginx's max_fails: failures that take a server out for the fail time-out.</source>
        <translation>nginx 的 max_fails：达到这么多次失败后，服务器在失败超时内被摘除。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Fail time-out</source>
        <translation>失败超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>nginx's fail_timeout: how long a failed server rests before one trial request.</source>
        <translation>nginx 的 fail_timeout：失败的服务器休息多久后再试一个请求。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Client time-out</source>
        <translation>客户端超时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>How long a client waits for an answer before it gives up.</source>
        <translation>客户端等待应答多久后放弃。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>None, sticky sessions held in each server's memory, or a shared session store.</source>
        <translation>无会话、保存在各服务器内存中的粘滞会话，或共享的会话存储。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Session store time</source>
        <translation>会话存储耗时</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>What each request pays to read its session from the shared store.</source>
        <translation>每个请求从共享存储读取会话多花的时间。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Virtual nodes</source>
        <translation>虚拟节点</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Points per server on the consistent-hash ring.</source>
        <translation>每台服务器在一致性哈希环上的点数。</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>round-robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>weighted-round-robin</source>
        <translation>加权轮询</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>smooth-weighted</source>
        <translation>平滑加权轮询</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>weighted-random</source>
        <translation>加权随机</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>least-connections</source>
        <translation>最少连接</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>weighted-least-connections</source>
        <translation>加权最少连接</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>source-hash</source>
        <translation>源地址哈希</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>consistent-hash</source>
        <translation>一致性哈希</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>sticky</source>
        <translation>粘滞会话</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>store</source>
        <translation>会话存储</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>balancer</source>
        <translation>均衡器</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Answered At Most Once</source>
        <translation>至多应答一次</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Current Weights Sum To Zero</source>
        <translation>当前权重之和为零</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Picks Only Available Servers</source>
        <translation>只选可用服务器</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>No Request Lost</source>
        <translation>请求不丢失</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Run until a server is taken out</source>
        <translation>运行到有服务器被摘除</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Servers taken out</source>
        <translation>服务器被摘除</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>servers taken out</source>
        <translation>次摘除</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>No server was taken out</source>
        <translation>没有服务器被摘除</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Served twice</source>
        <translation>被处理两次</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Sessions lost</source>
        <translation>丢失的会话</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Current weights</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Keys moved</source>
        <translation>迁移的键</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Requests served per server</source>
        <translation>各服务器处理的请求</translation>
    </message>
    <message>
        <location filename="../protocolvocabulary.cpp" line="11"/>
        <source>Latency percentiles</source>
        <translation>延迟百分位</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../nodeitem.cpp" line="71"/>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <location filename="../nodeitem.cpp" line="1"/>
        <source>paused %1</source>
        <translation>暂停中，还剩 %1</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <location filename="../simulationcontroller.cpp" line="1"/>
        <source>The lesson plays the simulation: continue the lesson, or close it to explore freely.</source>
        <translation>由课程控制模拟：请继续课程，或关闭课程后自由探索。</translation>
    </message>
    <message>
        <source>%1: no such example</source>
        <translation>%1：没有这个示例</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="27"/>
        <location filename="../simulationcontroller.cpp" line="29"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="392"/>
        <location filename="../simulationcontroller.cpp" line="419"/>
        <source>Branch %1: %2 inputs, up to %3</source>
        <translation>分支 %1：%2 个输入，截至 %3</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="657"/>
        <source>The runs first differ at event %1%2.
Recorded: %3
This run: %4</source>
        <translation>两次运行首次出现差异是在事件 %1%2。
记录中：%3
本次运行：%4</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="659"/>
        <source> (at %1)</source>
        <translation>（时间 %1）</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="334"/>
        <source>%1 declares nothing to run until.</source>
        <translation>%1 没有声明可运行到的事件。</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="357"/>
        <source>No violation was found</source>
        <translation>没有发现违规</translation>
    </message>
    <message>
        <location filename="../simulationcontroller.cpp" line="358"/>
        <source>%1 in %2 of virtual time; stopped at %3.</source>
        <translation>%2 虚拟时间内%1；停在 %3。</translation>
    </message>
</context>
<context>
    <name>SpaceTimeDiagram</name>
    <message>
        <location filename="../spacetimediagram.cpp" line="285"/>
        <source>n%1 → n%2: %3
sent at %4 (Lamport %5)</source>
        <translation>n%1 → n%2：%3
发送于 %4（Lamport 时间戳 %5）</translation>
    </message>
    <message>
        <location filename="../spacetimediagram.cpp" line="292"/>
        <source>
dropped at %1</source>
        <translation>
丢弃于 %1</translation>
    </message>
    <message>
        <location filename="../spacetimediagram.cpp" line="294"/>
        <source>
delivered at %1 (Lamport %2)</source>
        <translation>
送达于 %1（Lamport 时间戳 %2）</translation>
    </message>
</context>
<context>
    <name>SpaceTimeDock</name>
    <message>
        <location filename="../spacetimedock.cpp" line="12"/>
        <source>Space-time diagram</source>
        <translation>时空图</translation>
    </message>
    <message>
        <location filename="../spacetimedock.cpp" line="20"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../spacetimedock.cpp" line="21"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../spacetimedock.cpp" line="22"/>
        <source>Messages:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <location filename="../spacetimedock.cpp" line="26"/>
        <source>Click an arrow to go to its delivery; hover for Lamport times; Shift-drag to pan.</source>
        <translation>单击箭头可跳转到其送达时刻；悬停可查看 Lamport 时间戳；按住 Shift 拖动可平移。</translation>
    </message>
    <message>
        <location filename="../spacetimedock.cpp" line="51"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../timelinedock.cpp" line="12"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="25"/>
        <source>◀ Event</source>
        <translation>◀ 事件</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="26"/>
        <source>Back one event (Left)</source>
        <translation>后退一个事件（Left）</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="27"/>
        <source>Event ▶</source>
        <translation>事件 ▶</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="28"/>
        <source>Forward one event (Right)</source>
        <translation>前进一个事件（Right）</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="30"/>
        <source>Crashes</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="31"/>
        <source>Restarts</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="32"/>
        <source>Cuts and heals</source>
        <translation>切断与恢复</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="35"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="37"/>
        <source>« Previous</source>
        <translation>« 上一个</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="38"/>
        <source>Previous marker of the chosen kind (Ctrl+Left)</source>
        <translation>所选类型的上一个标记（Ctrl+Left）</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="39"/>
        <source>Next »</source>
        <translation>下一个 »</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="40"/>
        <source>Next marker of the chosen kind (Ctrl+Right)</source>
        <translation>所选类型的下一个标记（Ctrl+Right）</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="41"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="42"/>
        <source>Back to the present (End)</source>
        <translation>回到当前时刻（End）</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="45"/>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="46"/>
        <source>Return to the chosen branch; the current run becomes a branch.</source>
        <translation>返回所选分支；当前运行将成为一个分支。</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="47"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="48"/>
        <source>Show where the chosen branch and the current run first differ.</source>
        <translation>显示所选分支与当前运行首次出现差异的位置。</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="52"/>
        <source>Jump to:</source>
        <translation>跳转到：</translation>
    </message>
    <message>
        <location filename="../timelinedock.cpp" line="58"/>
        <source>Branches:</source>
        <translation>分支：</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../timelinewidget.cpp" line="50"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../timelinewidget.cpp" line="52"/>
        <source>Drag to move every view to that moment.
Markers: red crash, green restart, orange cut or partition, dark red violation.
Purple: %1. Grey: %2.</source>
        <translation>拖动可将所有视图跳转到该时刻。
标记：红色为崩溃，绿色为重启，橙色为切断或分区，深红色为违规。
紫色：%1。灰色：%2。</translation>
    </message>
</context>
<context>
    <name>ClientItem</name>
    <message>
        <location filename="../clientitem.cpp" line="34"/>
        <source>Client %1: drag it onto a node to read there (with Shift to write); right-click for more.</source>
        <translation>客户端 %1：把它拖到节点上即在该节点读取（按住 Shift 则写入）；右键单击查看更多。</translation>
    </message>
    <message>
        <location filename="../clientitem.cpp" line="78"/>
        <source>%1 ok</source>
        <translation>%1 成功</translation>
    </message>
    <message>
        <location filename="../clientitem.cpp" line="79"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../clientitem.cpp" line="82"/>
        <source>%1 unknown</source>
        <translation>%1 结果未知</translation>
    </message>
    <message>
        <location filename="../clientitem.cpp" line="113"/>
        <source>sticky to n%1</source>
        <translation>固定连接 n%1</translation>
    </message>
    <message>
        <location filename="../clientitem.cpp" line="113"/>
        <source>roams</source>
        <translation>轮换副本</translation>
    </message>
    <message numerus="yes">
        <location filename="../clientitem.cpp" line="117"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n 个操作等待中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientOperationDialog</name>
    <message>
        <location filename="../clientoperationdialog.cpp" line="13"/>
        <source>Client operation</source>
        <translation>客户端操作</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="22"/>
        <source>The client's own route</source>
        <translation>客户端自己的路由</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="24"/>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="27"/>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="28"/>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="36"/>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="37"/>
        <source>Replica:</source>
        <translation>副本：</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="38"/>
        <source>Operation:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="39"/>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="40"/>
        <source>Value to write:</source>
        <translation>要写入的值：</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="1"/>
        <source>The store&apos;s default</source>
        <translation>存储的默认一致性</translation>
    </message>
    <message>
        <location filename="../clientoperationdialog.cpp" line="1"/>
        <source>Session guarantee:</source>
        <translation>会话保证：</translation>
    </message>
</context>
<context>
    <name>ConsistencyDock</name>
    <message>
        <location filename="../consistencydock.cpp" line="12"/>
        <source>Consistency models</source>
        <translation>一致性模型</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="24"/>
        <source>Click a model to see why it is violated.</source>
        <translation>单击一个模型，查看它为何被违反。</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="41"/>
        <source>Refused operations: %1 · Stale reads: %2 · Divergent keys: %3 · Lost writes: %4</source>
        <translation>被拒绝的操作：%1 · 陈旧读：%2 · 分歧的键：%3 · 丢失的写：%4</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="53"/>
        <source>No divergent key: the live replicas agree on every key.</source>
        <translation>没有分歧的键：存活副本在每个键上都一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../consistencydock.cpp" line="59"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="60"/>
        <source>Divergent keys, whose live replicas hold different values: %1</source>
        <translation>分歧的键（其存活副本持有不同的值）：%1</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="61"/>
        <source>%1 holds for the history so far.</source>
        <translation>到目前为止的历史满足%1。</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="63"/>
        <source>%1: the checker's bounded search gave up; the verdict is unknown.</source>
        <translation>%1：检查器的有界搜索已放弃，结论未知。</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="68"/>
        <source>%1 is violated: %2</source>
        <translation>%1被违反：%2</translation>
    </message>
    <message>
        <location filename="../consistencydock.cpp" line="69"/>
        <source>%1 is violated.</source>
        <translation>%1被违反。</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../historydock.cpp" line="7"/>
        <source>History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <location filename="../historydock.cpp" line="17"/>
        <source>Linearization points</source>
        <translation>线性化点</translation>
    </message>
    <message>
        <location filename="../historydock.cpp" line="19"/>
        <source>Show where each operation took effect, joined in its key's linearization order (as Porcupine draws it). Operations no linearization can place stay outlined in red.</source>
        <translation>显示每个操作生效的时刻，并按其键的线性化顺序连线（与 Porcupine 的画法相同）。任何线性化都无法安放的操作始终以红框标出。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../historyview.cpp" line="213"/>
        <source>nil</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="214"/>
        <source>Impossible: no linearization of %1 can place this operation. The longest one orders %2 operations and leaves %1=%3, which this operation cannot follow.</source>
        <translation>不可能：%1 的任何线性化都无法安放此操作。最长的线性化排好了 %2 个操作，结束时 %1=%3，此操作无法接在其后。</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="228"/>
        <source>Never took effect: the linearization of %1 leaves this unknown operation out.</source>
        <translation>从未生效：%1 的线性化不包含这个结果未知的操作。</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="230"/>
        <source>Takes effect at %1, number %2 in the longest partial linearization of %3.</source>
        <translation>在 %1 生效，是 %3 的最长部分线性化中的第 %2 个。</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="230"/>
        <source>Takes effect at %1, number %2 in the linearization of %3.</source>
        <translation>在 %1 生效，是 %3 的线性化中的第 %2 个。</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="131"/>
        <source>n%1 crashed</source>
        <translation>n%1 崩溃</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="132"/>
        <source>n%1 restarted</source>
        <translation>n%1 重启</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="133"/>
        <source>cut n%1–n%2</source>
        <translation>切断 n%1–n%2</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="134"/>
        <source>healed n%1–n%2</source>
        <translation>恢复 n%1–n%2</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="135"/>
        <source>partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="136"/>
        <source>healed all</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="216"/>
        <source>No client operations yet: drag a client onto a node, or press R or W.</source>
        <translation>还没有客户端操作：把客户端拖到节点上，或按 R 或 W。</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="237"/>
        <source>One lane per client, a bar per operation: blue ok, pink failed, orange unknown, grey pending. Click a bar to select its operation.</source>
        <translation>每个客户端一条泳道，每个操作一个条形：蓝色成功，粉色失败，橙色未知，灰色等待中。单击条形可选中其操作。</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="242"/>
        <source>Operation %1 by client %2 at n%3: %4</source>
        <translation>操作 %1，客户端 %2，在 n%3：%4</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="252"/>
        <source>Breaks: %1</source>
        <translation>破坏：%1</translation>
    </message>
    <message>
        <location filename="../historyview.cpp" line="255"/>
        <source>A stale read: it missed a write that completed before it began.</source>
        <translation>陈旧读：它错过了在它开始之前就已完成的写。</translation>
    </message>
</context>
<context>
    <name>ModelMap</name>
    <message>
        <location filename="../modelmap.cpp" line="159"/>
        <source>Fill: holds / violated / unknown. Outline: totally, sticky or not available; dashed: unavailable while the network is split.</source>
        <translation>填充：满足 / 违反 / 未知。边框：完全可用、粘性可用或不可用；虚线：网络分裂期间不可用。</translation>
    </message>
    <message>
        <location filename="../modelmap.cpp" line="161"/>
        <source>Fill: holds / violated / unknown. Outline: totally, sticky or not available during a partition.</source>
        <translation>填充：满足 / 违反 / 未知。边框：分区期间完全可用、粘性可用或不可用。</translation>
    </message>
</context>
<context>
    <name>ModelNames</name>
    <message>
        <location filename="../modelnames.cpp" line="1"/>
        <source>Strong</source>
        <translation>强一致</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="6"/>
        <source>Linearizable</source>
        <translation>线性一致</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="7"/>
        <source>Sequential</source>
        <translation>顺序一致</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="8"/>
        <source>Causal</source>
        <translation>因果一致</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="9"/>
        <source>PRAM</source>
        <translation>PRAM</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="10"/>
        <source>Read your writes</source>
        <translation>读己之写</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="11"/>
        <source>Monotonic reads</source>
        <translation>单调读</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="12"/>
        <source>Monotonic writes</source>
        <translation>单调写</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="13"/>
        <source>Writes follow reads</source>
        <translation>写跟随读</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="14"/>
        <source>Consistent prefix</source>
        <translation>一致前缀</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="15"/>
        <source>Bounded staleness</source>
        <translation>有界陈旧</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="16"/>
        <source>Eventual</source>
        <translation>最终一致</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="24"/>
        <source>Lin</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="25"/>
        <source>Seq</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="28"/>
        <source>RYW</source>
        <translation>读己写</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="29"/>
        <source>MR</source>
        <translation>单调读</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="30"/>
        <source>MW</source>
        <translation>单调写</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="31"/>
        <source>WFR</source>
        <translation>写随读</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="32"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="33"/>
        <source>Bounded</source>
        <translation>有界</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="43"/>
        <source>totally available: every replica can serve through a partition</source>
        <translation>完全可用：分区期间每个副本都能继续服务</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="45"/>
        <source>sticky available: a client that stays with one replica can go on through a partition</source>
        <translation>粘性可用：始终连接同一副本的客户端在分区期间可以继续</translation>
    </message>
    <message>
        <location filename="../modelnames.cpp" line="46"/>
        <source>unavailable: some replicas must refuse or wait during a partition</source>
        <translation>不可用：分区期间一些副本必须拒绝或等待</translation>
    </message>
</context>
<context>
    <name>MeasureStrip</name>
    <message>
        <location filename="../measurestrip.cpp" line="43"/>
        <source>(textbook %1)</source>
        <translation>（教科书：%1）</translation>
    </message>
</context>
<context>
    <name>ScenarioBanner</name>
    <message>
        <source>Hide the scenario&apos;s description</source>
        <translation>隐藏场景说明</translation>
    </message>
    <message>
        <source>Browse lessons…</source>
        <translation>浏览课程…</translation>
    </message>
    <message>
        <source>Guided lessons, step by step, in English and Chinese (Ctrl+Shift+L)</source>
        <translation>中英文分步引导课程（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Welcome to ClusterScope</source>
        <translation>欢迎使用 ClusterScope</translation>
    </message>
    <message>
        <source>Five Raft servers elect a leader and replicate its log. Double-click a node to crash or restart it, click a link to cut it, drag a lasso to partition, and scrub the timeline to go back. New to distributed protocols? Guided lessons walk you through Raft, Paxos, ZAB, Bully, two- and three-phase commit, CAP and consistency models.</source>
        <translation>五台 Raft 服务器选举领导者并复制它的日志。双击节点可让它崩溃或重启，单击链路可切断它，拖出套索可划分网络分区，拖动时间线可回到过去。初次接触分布式协议？引导课程会带你逐步学习 Raft、Paxos、ZAB、Bully、两阶段与三阶段提交、CAP 以及一致性模型。</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>en</source>
        <extracomment>The locale of texts that carry their own translations: "en" for English, "zh_CN" for Simplified Chinese.</extracomment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>◀ Back</source>
        <translation>◀ 返回上一步</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Back to the previous step, exactly as it began (Page Up)</source>
        <translation>回到上一步开始时的样子（Page Up）</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Continue ▶</source>
        <translation>继续 ▶</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Leave the lesson; the cluster stays as it is, free to explore.</source>
        <translation>离开课程；集群保持当前状态，可以自由探索。</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Finished: %1 steps</source>
        <translation>已完成：共 %1 步</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Well done.</source>
        <translation>做得好。</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Reveal ▶</source>
        <translation>揭晓 ▶</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Show what the engine does without answering (Space, Right or Page Down)</source>
        <translation>不作答，直接看引擎怎么做（空格、右方向键或 Page Down）</translation>
    </message>
    <message>
        <location filename="../lessondock.cpp" line="1"/>
        <source>Next step (Space, Right or Page Down)</source>
        <translation>下一步（空格、右方向键或 Page Down）</translation>
    </message>
</context>
<context>
    <name>LessonStepView</name>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>a %1 message</source>
        <translation>一条 %1 消息</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>entry %1 of node %2</source>
        <translation>节点 %2 的第 %1 个日志条目</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>&lt;b&gt;You reached the end of this lesson.&lt;/b&gt; Press Back to revisit a step, or close the lesson and keep exploring the cluster.</source>
        <translation>&lt;b&gt;你已完成本课程。&lt;/b&gt;按“返回上一步”可重看某一步，或关闭课程继续探索集群。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Click a node in the cluster view.</source>
        <translation>请在集群视图中单击一个节点。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Click a message in the cluster view or the space-time diagram.</source>
        <translation>请在集群视图或时空图中单击一条消息。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Click a log entry in the inspector (select its node first).</source>
        <translation>请在检查器中单击一个日志条目（先选中它所在的节点）。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Watch the simulation…</source>
        <translation>观察模拟……</translation>
    </message>
    <message>
        <source>Press Space (Play) and watch: the next step begins when this happens.</source>
        <translation>按空格键（播放）并观察：这件事发生后，下一步自动开始。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>What happened: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>实际发生的：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>✔ Right!</source>
        <translation>✔ 答对了！</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>✘ Not this time.</source>
        <translation>✘ 这次没答对。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Hint %1: %2</source>
        <translation>提示 %1：%2</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>✔ Done (shown).</source>
        <translation>✔ 完成（已演示）。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>✔ Done!</source>
        <translation>✔ 完成！</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>✘ Time ran out before this happened. Go Back, or let the lesson show you.</source>
        <translation>✘ 这件事发生之前时间已用完。请返回上一步，或让课程演示给你看。</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Hint (%1 left)</source>
        <translation>提示（还剩 %1 条）</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Show me</source>
        <translation>演示给我看</translation>
    </message>
    <message>
        <location filename="../lessonstepview.cpp" line="1"/>
        <source>Play the lesson author&apos;s actions from here.</source>
        <translation>从这里开始播放课程作者的操作。</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Raft</source>
        <translation>Raft</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Paxos and Multi-Paxos</source>
        <translation>Paxos 与 Multi-Paxos</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>ZAB</source>
        <translation>ZAB</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Bully election</source>
        <translation>Bully 选举</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Atomic commit (2PC, 3PC)</source>
        <translation>原子提交（2PC、3PC）</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Consistency and CAP</source>
        <translation>一致性与 CAP</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="34"/>
        <source>Mutual exclusion</source>
        <translation>互斥</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="34"/>
        <source>Distributed locks</source>
        <translation>分布式锁</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="34"/>
        <source>Failure detection</source>
        <translation>故障检测</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="40"/>
        <source>Load balancing</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Guided walkthroughs on the simulated cluster: read, predict, act, and step back whenever you are lost. Double-click a lesson to start it.</source>
        <translation>在模拟集群上的引导式讲解：阅读、预测、动手操作，迷路时随时返回上一步。双击一门课程即可开始。</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>What you will see</source>
        <translation>内容简介</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Resume</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Open the lesson at the step where you left it.</source>
        <translation>在你上次离开的那一步打开课程。</translation>
    </message>
    <message>
        <location filename="../lessonbrowser.cpp" line="1"/>
        <source>Resume at step %1</source>
        <translation>从第 %1 步继续</translation>
    </message>
</context>
<context>
    <name>LessonProgress</name>
    <message>
        <location filename="../lessonprogress.cpp" line="1"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../lessonprogress.cpp" line="1"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../lessonprogress.cpp" line="1"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <location filename="../lessonlibrary.cpp" line="1"/>
        <source>No lesson &quot;%1&quot;; the lessons are: %2.</source>
        <translation>没有课程“%1”；现有课程：%2。</translation>
    </message>
</context>
</TS>
