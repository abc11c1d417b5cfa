<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Left lung</source>
        <translation>左肺</translation>
    </message>
    <message>
        <source>Right lung</source>
        <translation>右肺</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>感染</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;%1&apos; is damaged: the %2 image stops before its end (the file was cut short while copying or saving).</source>
        <translation>“%1”已损坏：该 %2 图像在结尾之前就中断了（文件在复制或保存时被截断）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image file CoSinGAN Studio can read (NIfTI .nii/.nii.gz, DICOM, PNG, JPEG, NRRD, MetaImage). The file may be damaged or of another kind.</source>
        <translation>“%1”不是 CoSinGAN Studio 能读取的图像文件（NIfTI .nii/.nii.gz、DICOM、PNG、JPEG、NRRD、MetaImage）。文件可能已损坏或属于其他类型。</translation>
    </message>
    <message>
        <source>Cannot read the header of &apos;%1&apos;: %2. The file is damaged or of another kind.</source>
        <translation>无法读取“%1”的文件头：%2。文件已损坏或属于其他类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2-D image (%3). CoSinGAN Studio needs a single 3-D CT volume; split the series (e.g. one time point) first.</source>
        <translation>“%1”是 %2 维图像（%3）。CoSinGAN Studio 需要单个三维 CT 体数据；请先拆分序列（例如取一个时间点）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has fewer than two dimensions: it is not an image.</source>
        <translation>“%1”少于两个维度：它不是图像。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: one of its dimensions is empty.</source>
        <translation>“%1”已损坏：它的某个维度为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 values per voxel (an RGB or vector image). A CT volume has one value per voxel.</source>
        <translation>“%1”每个体素有 %2 个值（RGB 或向量图像）。CT 体数据每个体素只有一个值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2-bit %3 image: its values are neither Hounsfield units nor lung-windowed grey, so they cannot be read as CT. Export the slice as DICOM or NIfTI (in HU), or as an 8-bit lung-windowed image.</source>
        <translation>“%1”是 %2 位 %3 图像：其数值既不是亨氏单位也不是肺窗灰度，因此不能作为 CT 读取。请将该切片导出为 DICOM 或 NIfTI（以 HU 为单位），或导出为 8 位肺窗图像。</translation>
    </message>
    <message>
        <source>Cannot read the voxels of &apos;%1&apos; (the file is damaged or truncated): %2</source>
        <translation>无法读取“%1”的体素（文件已损坏或被截断）：%2</translation>
    </message>
    <message>
        <source>Cannot read the pixels of &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”的像素：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the DICOM decoder reported &quot;%2&quot;. Its pixels would be wrong; use an undamaged copy of the file.</source>
        <translation>“%1”已损坏：DICOM 解码器报告“%2”。其像素会是错误的；请使用未损坏的文件副本。</translation>
    </message>
    <message>
        <source>No DICOM series was found in the folder &apos;%1&apos;. Choose a folder that holds the .dcm files of one CT series, or open a NIfTI file.</source>
        <translation>在文件夹“%1”中未找到 DICOM 序列。请选择包含一个 CT 序列的 .dcm 文件的文件夹，或打开 NIfTI 文件。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未提供文件名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only %2 x %3 pixels: too small to be a CT slice (at least 16 x 16).</source>
        <translation>“%1”只有 %2 × %3 像素：太小，不是 CT 切片（至少 16 × 16）。</translation>
    </message>
    <message>
        <source>The label map &apos;%1&apos; is %2 but the image is %3: they do not match.</source>
        <translation>标签图“%1”的大小为 %2，而图像为 %3：两者不匹配。</translation>
    </message>
    <message>
        <source>The label map &apos;%1&apos; has the image&apos;s size but another position, spacing or orientation: it was drawn on a different grid.</source>
        <translation>标签图“%1”与图像大小相同，但位置、间距或方向不同：它是在另一个网格上绘制的。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CoSinGAN label map: it holds %2; labels are 0 background, 1 left lung, 2 right lung, 3 infection.</source>
        <translation>“%1”不是 CoSinGAN 标签图：它包含 %2；标签为 0 背景、1 左肺、2 右肺、3 感染。</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its header gives %2 dimensions (a NIfTI image has 1 to 7).</source>
        <translation>“%1”已损坏：其文件头给出 %2 个维度（NIfTI 图像有 1 到 7 个）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its size along %2 is %3 voxels (sizes must be positive).</source>
        <translation>“%1”已损坏：其沿 %2 的大小为 %3 个体素（大小必须为正）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its header gives %2 bits per voxel.</source>
        <translation>“%1”已损坏：其文件头给出每体素 %2 位。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no usable voxel spacing along %2 (the header says %3): the file is damaged or was written incorrectly. Fix the spacing with the tool that made it; CoSinGAN Studio will not invent one.</source>
        <translation>“%1”沿 %2 没有可用的体素间距（文件头为 %3）：文件已损坏或写入有误。请用生成它的工具修正间距；CoSinGAN Studio 不会凭空设定。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a voxel spacing of 0 mm along %2: the file was written incorrectly. Fix the spacing with the tool that made it; CoSinGAN Studio will not invent one.</source>
        <translation>“%1”沿 %2 的体素间距为 0 mm：文件写入有误。请用生成它的工具修正间距；CoSinGAN Studio 不会凭空设定。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its compressed data cannot be read (%2).</source>
        <translation>“%1”已损坏：无法读取其压缩数据（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it holds %2 bytes of image data and header, but the header announces %3. The file was probably cut short while copying or saving.</source>
        <translation>“%1”被截断：它包含 %2 字节的图像数据和文件头，但文件头声明为 %3。文件可能在复制或保存时被截断。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it ends before its voxel data.</source>
        <translation>“%1”被截断：它在体素数据之前就结束了。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: the voxel data ends early.</source>
        <translation>“%1”被截断：体素数据提前结束。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no numbers: every voxel is NaN or infinite. The file is damaged or was written incorrectly.</source>
        <translation>“%1”不含任何数值：每个体素都是 NaN 或无穷大。文件已损坏或写入有误。</translation>
    </message>
    <message>
        <source>The imported mask does not match the slice size.</source>
        <translation>导入的掩膜与切片尺寸不一致。</translation>
    </message>
    <message>
        <source>A label map holds values 0..3 only.</source>
        <translation>标签图只能包含 0..3 的值。</translation>
    </message>
    <message>
        <source>The imported mask does not match the study&apos;s size.</source>
        <translation>导入的掩膜与检查的尺寸不一致。</translation>
    </message>
    <message>
        <source>The session file &apos;%1&apos; is damaged: %2</source>
        <translation>会话文件“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CoSinGAN Studio session.</source>
        <translation>“%1”不是 CoSinGAN Studio 会话。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer CoSinGAN Studio (session version %2): update CoSinGAN Studio to open it.</source>
        <translation>“%1”由更新版本的 CoSinGAN Studio 写入（会话版本 %2）：请更新 CoSinGAN Studio 后再打开。</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; does not exist.</source>
        <translation>模型文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CoSinGAN Studio model: it has no manifest.json.</source>
        <translation>“%1”不是 CoSinGAN Studio 模型：其中没有 manifest.json。</translation>
    </message>
    <message>
        <source>The model&apos;s manifest in &apos;%1&apos; is damaged: %2</source>
        <translation>“%1”中的模型清单已损坏：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a manifest.json of another kind, not a CoSinGAN Studio model.</source>
        <translation>“%1”中的 manifest.json 属于其他类型，不是 CoSinGAN Studio 模型。</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; has format version %2; this CoSinGAN Studio reads version %3.</source>
        <translation>“%1”中的模型格式版本为 %2；此 CoSinGAN Studio 读取版本 %3。</translation>
    </message>
    <message>
        <source>The model&apos;s configuration in &apos;%1&apos; is damaged: %2</source>
        <translation>“%1”中的模型配置已损坏：%2</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; has no trained scale yet: train it for a while, or resume its training, before generating from it.</source>
        <translation>“%1”中的模型还没有训练好的尺度：请先训练一段时间或继续其训练，再用它生成。</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; is incomplete: its file %2 is missing.</source>
        <translation>“%1”中的模型不完整：缺少文件 %2。</translation>
    </message>
    <message>
        <source>Cannot save &apos;%1&apos;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save &apos;%1&apos;: use a .nii or .nii.gz file name.</source>
        <translation>无法保存“%1”：请使用 .nii 或 .nii.gz 文件名。</translation>
    </message>
    <message>
        <source>Cannot save &apos;%1&apos;: the file could not be written completely (%2). Is the disk full? The previous version, if any, is kept.</source>
        <translation>无法保存“%1”：文件未能完整写入（%2）。磁盘是否已满？之前的版本（如有）已保留。</translation>
    </message>
    <message>
        <source>This model&apos;s generators have no dropout layers (%1 preset): dropout at synthesis would change nothing; use the randomised condition.</source>
        <translation>此模型的生成器没有 dropout 层（%1 预设）：合成时使用 dropout 不会有任何变化；请使用随机化条件。</translation>
    </message>
    <message>
        <source>The dataset name &apos;%1&apos; may hold only letters, digits and &apos;-&apos;.</source>
        <translation>数据集名称“%1”只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <source>Variants per mask must be at least 1.</source>
        <translation>每个掩膜的变体数至少为 1。</translation>
    </message>
    <message>
        <source>Several variants per mask would be identical: turn on the randomised condition, dropout or fusion with a random weight.</source>
        <translation>每个掩膜的多个变体将完全相同：请开启随机化条件、dropout 或随机权重融合。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file: choose a folder name for the dataset.</source>
        <translation>“%1”是一个文件：请为数据集选择一个文件夹名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder with other files in it and not a dataset exported by CoSinGAN Studio: nothing is written there. Choose a new or empty folder.</source>
        <translation>“%1”是一个包含其他文件的文件夹，而不是 CoSinGAN Studio 导出的数据集：不会向其中写入任何内容。请选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists and is not a synthetic volume written by CoSinGAN Studio: choose another name (nothing was written).</source>
        <translation>“%1”已存在，且不是 CoSinGAN Studio 写入的合成体数据：请选择其他名称（未写入任何内容）。</translation>
    </message>
    <message>
        <source>the mask</source>
        <translation>掩膜</translation>
    </message>
    <message>
        <source>the label image</source>
        <translation>标签图像</translation>
    </message>
    <message>
        <source>the condition</source>
        <translation>条件掩膜</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an image file that can be read (damaged, or of another kind).</source>
        <translation>%1“%2”不是可读取的图像文件（已损坏或属于其他类型）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3-bit values; a mask is an 8-bit image (labels 0..3, or 0/128/255).</source>
        <translation>%1“%2”的值为 %3 位；掩膜应为 8 位图像（标签 0..3，或 0/128/255）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a colour image; a mask is grey (labels 0..3, or 0/128/255).</source>
        <translation>%1“%2”是彩色图像；掩膜应为灰度图像（标签 0..3，或 0/128/255）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 channels; a mask has one.</source>
        <translation>%1“%2”有 %3 个通道；掩膜只有一个通道。</translation>
    </message>
    <message>
        <source>the exported image</source>
        <translation>导出的图像</translation>
    </message>
    <message>
        <source>the exported labels</source>
        <translation>导出的标签</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a FIFO (named pipe), not a regular file</source>
        <translation>FIFO（命名管道），不是普通文件</translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation>套接字，不是普通文件</translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation>设备，不是普通文件</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <source>not accessible (permission denied)</source>
        <translation>无法访问（权限被拒绝）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be read: permission denied.</source>
        <translation>%1“%2”无法读取：权限被拒绝。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not exist.</source>
        <translation>%1“%2”不存在。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a loop of symbolic links: it points back at itself.</source>
        <translation>%1“%2”是符号链接循环：它指向自身。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a file, not a folder.</source>
        <translation>%1“%2”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is empty (0 bytes).</source>
        <translation>%1“%2”为空（0 字节）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a folder, not a file.</source>
        <translation>%1“%2”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3; choose an image file or a folder of DICOM files.</source>
        <translation>%1“%2”：%3；请选择图像文件或包含 DICOM 文件的文件夹。</translation>
    </message>
    <message>
        <source>No model folder was given.</source>
        <translation>未指定模型文件夹。</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; contains the training input &apos;%2&apos;: a model gets a folder of its own (for example &apos;%3&apos;); nothing was changed.</source>
        <translation>模型文件夹“%1”包含训练输入“%2”：模型应有自己的文件夹（例如“%3”）；未做任何更改。</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; lies inside the input folder &apos;%2&apos; (a DICOM series): choose a folder outside the study; nothing was changed.</source>
        <translation>模型文件夹“%1”位于输入文件夹“%2”（DICOM 序列）之内：请选择检查之外的文件夹；未做任何更改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a model folder: choose the name of a new folder; nothing was changed.</source>
        <translation>“%1”是%2，不是模型文件夹：请选择一个新文件夹的名称；未做任何更改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds files and is not a CoSinGAN Studio model folder: choose a new or empty folder (only a folder written by CoSinGAN Studio is ever replaced); nothing was changed.</source>
        <translation>“%1”已包含文件，且不是 CoSinGAN Studio 模型文件夹：请选择新的或空的文件夹（只有 CoSinGAN Studio 写入的文件夹才会被替换）；未做任何更改。</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; also holds &apos;%2&apos;, which is not part of a model: move it away or choose another folder; nothing was changed.</source>
        <translation>模型文件夹“%1”中还有不属于模型的“%2”：请将其移走或选择其他文件夹；未做任何更改。</translation>
    </message>
    <message>
        <source>an RT dose object (a radiotherapy dose grid)</source>
        <translation>RT 剂量对象（放疗剂量网格）</translation>
    </message>
    <message>
        <source>an RT structure set (contours)</source>
        <translation>RT 结构集（轮廓）</translation>
    </message>
    <message>
        <source>an RT plan</source>
        <translation>RT 计划</translation>
    </message>
    <message>
        <source>a radiotherapy object</source>
        <translation>放疗对象</translation>
    </message>
    <message>
        <source>a structured report</source>
        <translation>结构化报告</translation>
    </message>
    <message>
        <source>a presentation state</source>
        <translation>显示状态对象</translation>
    </message>
    <message>
        <source>a segmentation object (use it as a label map only after converting it)</source>
        <translation>分割对象（需转换后才能作为标签图使用）</translation>
    </message>
    <message>
        <source>a raw-data or registration object</source>
        <translation>原始数据或配准对象</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF/CDA)</source>
        <translation>封装文档（PDF/CDA）</translation>
    </message>
    <message>
        <source>a waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as DICOM: the file is damaged, truncated or of another kind.</source>
        <translation>“%1”无法作为 DICOM 读取：文件已损坏、被截断或属于其他类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its pixel data cannot be read completely (%2).</source>
        <translation>“%1”已损坏：其像素数据无法完整读取（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 (SOP class %3), not a CT image. Open the CT series it belongs to.</source>
        <translation>“%1”是%2（SOP 类 %3），不是 CT 图像。请打开它所属的 CT 序列。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no image: it is a DICOM object of another kind. Open the CT series.</source>
        <translation>“%1”不含图像：它是其他类型的 DICOM 对象。请打开 CT 序列。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no image (modality %2): it is a DICOM object of another kind. Open the CT series.</source>
        <translation>“%1”不含图像（模态 %2）：它是其他类型的 DICOM 对象。请打开 CT 序列。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has pixel data but no valid Rows/Columns (%2 x %3).</source>
        <translation>“%1”已损坏：它有像素数据，但没有有效的 Rows/Columns（%2 × %3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 bits allocated per pixel; CT images have 8, 16 or 32.</source>
        <translation>“%1”每像素分配 %2 位；CT 图像为 8、16 或 32 位。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unusable pixel spacing (&quot;%2&quot;): the file is damaged or was written incorrectly. CoSinGAN Studio will not invent one.</source>
        <translation>“%1”的像素间距不可用（“%2”）：文件已损坏或写入有误。CoSinGAN Studio 不会自行编造间距。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its compressed pixel data is empty.</source>
        <translation>“%1”已损坏：其压缩像素数据为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its header says %2 x %3 pixels but the compressed image inside is %4 x %5.</source>
        <translation>“%1”已损坏：其文件头为 %2 × %3 像素，但其中的压缩图像为 %4 × %5。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: its compressed image stops before its end marker.</source>
        <translation>“%1”被截断：其压缩图像在结束标记之前中止。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it holds %2 bytes of pixel data, but %3 x %4 pixels need %5.</source>
        <translation>“%1”被截断：它含 %2 字节像素数据，而 %3 × %4 像素需要 %5 字节。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its pixel data cannot be decoded.</source>
        <translation>“%1”已损坏：其像素数据无法解码。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the DICOM decoder reported &quot;%2&quot;. Its pixels would be wrong; use an undamaged copy.</source>
        <translation>“%1”已损坏：DICOM 解码器报告“%2”。其像素将会出错；请使用未损坏的副本。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: reading it makes the DICOM library fail (signal %2 in a separate check process). Use an undamaged copy of the file.</source>
        <translation>“%1”已损坏：读取它会导致 DICOM 库失败（独立检查进程中的信号 %2）。请使用该文件未损坏的副本。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as DICOM.</source>
        <translation>“%1”无法作为 DICOM 读取。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a model folder: choose the folder that holds manifest.json.</source>
        <translation>“%1”是%2，不是模型文件夹：请选择包含 manifest.json 的文件夹。</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels but the slice is %3 x %4.</source>
        <translation>图像为 %1 x %2 像素，而切片为 %3 x %4。</translation>
    </message>
    <message>
        <source>None of the %1 masks can be used: each one is empty, has no lungs or is smaller than 16 x 16 pixels.</source>
        <translation>%1 个掩膜都无法使用：每个都为空、没有肺部或小于 16 x 16 像素。</translation>
    </message>
    <message>
        <source>CUDA was requested but LibTorch sees no CUDA device (this build or machine is CPU-only).</source>
        <translation>请求了 CUDA，但 LibTorch 未发现 CUDA 设备（此版本或此机器仅支持 CPU）。</translation>
    </message>
    <message>
        <source>There is no CUDA device %1.</source>
        <translation>不存在 CUDA 设备 %1。</translation>
    </message>
    <message>
        <source>Unknown device &apos;%1&apos; (cpu, cuda, cuda:N).</source>
        <translation>未知设备“%1”（cpu、cuda、cuda:N）。</translation>
    </message>
    <message>
        <source>The VGG-19 weights &apos;%1&apos; cannot be loaded: not a TorchScript file (%2).</source>
        <translation>无法加载 VGG-19 权重“%1”：不是 TorchScript 文件（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VGG-19: it has no parameter &apos;%2&apos;.</source>
        <translation>“%1”不是 VGG-19：缺少参数“%2”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VGG-19: its parameter &apos;%2&apos; has another shape.</source>
        <translation>“%1”不是 VGG-19：其参数“%2”的形状不同。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not hold the 13 convolutions of VGG-19 up to conv5_1.</source>
        <translation>“%1”不包含 VGG-19 直到 conv5_1 的 13 个卷积层。</translation>
    </message>
    <message>
        <source>MS-FVL (the VGG-19 feature loss) is off: no ImageNet VGG-19 weights file was given (the Train workspace&apos;s VGG-19 field, or --vgg-weights; see docs/feature-networks.md).</source>
        <translation>MS-FVL（VGG-19 特征损失）已关闭：未提供 ImageNet VGG-19 权重文件（训练工作区的 VGG-19 字段，或 --vgg-weights；见 docs/feature-networks.md）。</translation>
    </message>
    <message>
        <source>The mask is empty (no pixels).</source>
        <translation>掩膜为空（没有像素）。</translation>
    </message>
    <message>
        <source>The mask is too small (at least 16 x 16 pixels).</source>
        <translation>掩膜太小（至少需要 16 x 16 像素）。</translation>
    </message>
    <message>
        <source>The mask has %1 values for a %2 x %3 slice.</source>
        <translation>掩膜有 %1 个值，而切片为 %2 x %3。</translation>
    </message>
    <message>
        <source>The mask holds the value %1; labels are 0 background, 1 left lung, 2 right lung, 3 infection.</source>
        <translation>掩膜包含值 %1；标签应为 0 背景、1 左肺、2 右肺、3 感染。</translation>
    </message>
    <message>
        <source>To synthesise from a lesion mask, make it a condition first: lungs plus the lesions as infection (paint or propose the lungs in the app, or cosingan bundle CT_IMAGE --infection LESION_MASK --auto-lungs --out MASK.pt).</source>
        <translation>要从病灶掩膜合成，请先将其制成条件掩膜：肺部加上作为感染的病灶（在应用中绘制或自动提议肺部，或使用 cosingan bundle CT_IMAGE --infection LESION_MASK --auto-lungs --out MASK.pt）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; holds only the values 0 and 1: it looks like a binary lesion mask, which would be read as &quot;left lung&quot; and nothing else (a label map uses 1 left lung, 2 right lung, 3 infection). %3</source>
        <translation>%1“%2”只含有值 0 和 1：它看起来是二值病灶掩膜，会被整体读作“左肺”（标签图使用 1 左肺、2 右肺、3 感染）。%3</translation>
    </message>
    <message>
        <source>The mask is empty (background only). %1</source>
        <translation>掩膜为空（只有背景）。%1</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; is empty (background only). %2</source>
        <translation>掩膜“%1”为空（只有背景）。%2</translation>
    </message>
    <message>
        <source>The mask has infection but no lungs: CoSinGAN draws the chest from the lung labels. %1</source>
        <translation>掩膜有感染但没有肺部：CoSinGAN 根据肺部标签绘制胸部。%1</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; has infection but no lungs: CoSinGAN draws the chest from the lung labels. %2</source>
        <translation>掩膜“%1”有感染但没有肺部：CoSinGAN 根据肺部标签绘制胸部。%2</translation>
    </message>
    <message>
        <source>The image (%1 pixels) and the mask (%2 pixels) do not match.</source>
        <translation>图像（%1 像素）与掩膜（%2 像素）不匹配。</translation>
    </message>
    <message>
        <source>The mask is empty: paint the lungs (and any infection) first.</source>
        <translation>掩膜为空：请先绘制肺部（以及任何感染区域）。</translation>
    </message>
    <message>
        <source>The mask has no lungs: CoSinGAN learns the chest from the lung labels; paint or propose the lungs first.</source>
        <translation>掩膜没有肺部：CoSinGAN 从肺部标签学习胸部；请先绘制或自动提议肺部。</translation>
    </message>
    <message>
        <source>The image is blank (a single grey value).</source>
        <translation>图像为空白（只有一个灰度值）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is neither a label map (values 0..3) nor a condition image (0 background, 128 lung, 255 infection).</source>
        <translation>%1“%2”既不是标签图（值 0..3），也不是条件图像（0 背景、128 肺、255 感染）。</translation>
    </message>
    <message>
        <source>The model has %1 trained scales; scale %2 does not exist.</source>
        <translation>该模型有 %1 个已训练的尺度；尺度 %2 不存在。</translation>
    </message>
    <message>
        <source>Image fusion needs two models of the same finest size (%1 vs %2 px).</source>
        <translation>图像融合需要两个最精细尺寸相同的模型（%1 与 %2 像素）。</translation>
    </message>
    <message>
        <source>Image fusion needs two models with the same pyramid.</source>
        <translation>图像融合需要两个金字塔结构相同的模型。</translation>
    </message>
    <message>
        <source>The fusion weight zeta must be in [0, 1].</source>
        <translation>融合权重 zeta 必须在 [0, 1] 范围内。</translation>
    </message>
    <message>
        <source>Image fusion needs two models that draw the same field (one was trained on the lung box alone, or with another margin).</source>
        <translation>图像融合需要两个绘制相同视野的模型（其中一个仅在肺部框上训练，或使用了不同的边距）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no entry &apos;%2&apos; (damaged, or written by another model).</source>
        <translation>“%1”中没有条目“%2”（已损坏，或由其他模型写入）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; has another shape than this model&apos;s.</source>
        <translation>“%1”：“%2”的形状与本模型的不同。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a tensor file (damaged or of another kind).</source>
        <translation>“%1”无法作为张量文件读取（已损坏或属于其他类型）。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the weights file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>The model&apos;s weights file %1 is damaged (its checksum does not match the manifest).</source>
        <translation>模型的权重文件 %1 已损坏（其校验和与清单不符）。</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; is finished (%2 scales trained): there is nothing to resume.</source>
        <translation>“%1”中的模型已完成（已训练 %2 个尺度）：没有可继续的内容。</translation>
    </message>
    <message>
        <source>There is no checkpoint to resume in &apos;%1&apos; (the training stopped before its first checkpoint): start the training again.</source>
        <translation>“%1”中没有可继续的检查点（训练在第一个检查点之前就停止了）：请重新开始训练。</translation>
    </message>
    <message>
        <source>Training on %1: %2</source>
        <translation>在 %1 上训练：%2</translation>
    </message>
    <message>
        <source>Removed %1 unfinished save(s) from an earlier run.</source>
        <translation>已删除先前运行留下的 %1 个未完成的保存文件。</translation>
    </message>
    <message>
        <source>There is no checkpoint to resume in &apos;%1&apos;.</source>
        <translation>“%1”中没有可继续的检查点。</translation>
    </message>
    <message>
        <source>The checkpoint in &apos;%1&apos; was made with another configuration: resume with the same preset and options, or start a new training.</source>
        <translation>“%1”中的检查点是用其他配置创建的：请使用相同的预设和选项继续，或开始新的训练。</translation>
    </message>
    <message>
        <source>Resuming at %1.</source>
        <translation>从%1处继续。</translation>
    </message>
    <message>
        <source>the segmentation U-Net&apos;s pre-training (it starts again)</source>
        <translation>分割 U-Net 的预训练（将重新开始）</translation>
    </message>
    <message>
        <source>scale %1 of %2 (%3 px), stage %4, iteration %5 of %6</source>
        <translation>第 %1/%2 个尺度（%3 px）、第 %4 阶段、第 %5/%6 次迭代</translation>
    </message>
    <message>
        <source>The slice is only %1 x %2 pixels: too small to train on (at least 16 x 16).</source>
        <translation>切片只有 %1 x %2 像素：太小，无法训练（至少需要 16 x 16）。</translation>
    </message>
    <message>
        <source>Cannot read the NIfTI-2 file &apos;%1&apos;: %2</source>
        <translation>无法读取 NIfTI-2 文件“%1”：%2</translation>
    </message>
    <message>
        <source>The label volume &apos;%1&apos; has no slice with lungs. %2</source>
        <translation>标签体积“%1”中没有含肺部的切片。%2</translation>
    </message>
    <message>
        <source>The study has no lungs to place lesions in: propose or paint the lungs first.</source>
        <translation>该研究没有可放置病灶的肺部：请先自动提议或绘制肺部。</translation>
    </message>
    <message>
        <source>The lesion mask holds no lesion (every voxel is 0).</source>
        <translation>病灶掩膜中没有病灶（所有体素均为 0）。</translation>
    </message>
    <message>
        <source>the label volume</source>
        <translation>标签体积</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be put in place: %2.</source>
        <translation>无法将“%1”放到目标位置：%2。</translation>
    </message>
    <message>
        <source>no space left on the disk holding &apos;%1&apos; while writing &apos;%2&apos;: free some space (or choose another folder) and try again; the previous version, if any, is kept</source>
        <translation>写入“%2”时，“%1”所在的磁盘已无剩余空间：请释放一些空间（或选择其他文件夹）后重试；之前的版本（如有）会保留</translation>
    </message>
    <message>
        <source>cannot write in &apos;%1&apos;: %2; choose a folder you may write to</source>
        <translation>无法在“%1”中写入：%2；请选择有写入权限的文件夹</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be moved to &apos;%2&apos;: %3.</source>
        <translation>无法将“%1”移动到“%2”：%3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be copied to &apos;%2&apos;: %3.</source>
        <translation>无法将“%1”复制到“%2”：%3。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the paper: 9 scales 32-512 px, 4000+2000 iterations per scale, 64 channels (hours on a GPU)</source>
        <translation>论文设置：9 个尺度 32-512 px，每个尺度 4000+2000 次迭代，64 通道（在 GPU 上需数小时）</translation>
    </message>
    <message>
        <source>2 scales 64-128 px, stage 1 only, 64 channels (about 25 minutes on 2 CPU cores)</source>
        <translation>2 个尺度 64-128 px，仅第 1 阶段，64 通道（2 个 CPU 核心约 25 分钟）</translation>
    </message>
    <message>
        <source>2 scales 32-48 px, 30+15 iterations, 8 channels (seconds; for tests)</source>
        <translation>2 个尺度 32-48 px，30+15 次迭代，8 通道（数秒；用于测试）</translation>
    </message>
    <message>
        <source>baseline: pix2pix (unet_256, 3-layer PatchGAN, WPPL x100), one scale 256 px, 6000 iterations (a GPU)</source>
        <translation>基线：pix2pix（unet_256，3 层 PatchGAN，WPPL ×100），单尺度 256 px，6000 次迭代（需 GPU）</translation>
    </message>
    <message>
        <source>baseline: pix2pix at 256 px with CoSinGAN&apos;s mixed reconstruction loss, 6000 iterations (a GPU)</source>
        <translation>基线：256 px 的 pix2pix，使用 CoSinGAN 的混合重建损失，6000 次迭代（需 GPU）</translation>
    </message>
    <message>
        <source>baseline: pix2pix (unet_128) at 128 px, 190 iterations (about 4 minutes on 2 CPU cores)</source>
        <translation>基线：128 px 的 pix2pix（unet_128），190 次迭代（2 个 CPU 核心约 4 分钟）</translation>
    </message>
    <message>
        <source>baseline: enhanced pix2pix (unet_128) at 128 px, 165 iterations (about 5 minutes on 2 CPU cores)</source>
        <translation>基线：128 px 的增强 pix2pix（unet_128），165 次迭代（2 个 CPU 核心约 5 分钟）</translation>
    </message>
    <message>
        <source>2 scales 64-128 px, stage 1 only, 64 channels (about 4 minutes on 2 CPU cores)</source>
        <translation>2 个尺度 64-128 px，仅第 1 阶段，64 通道（2 个 CPU 核心约 4 分钟）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The study&apos;s slices with lungs (%1)</source>
        <translation>本研究中含肺的切片（%1）</translation>
    </message>
    <message>
        <source>The condition canvas (1 mask)</source>
        <translation>条件画布（1 个掩码）</translation>
    </message>
    <message numerus="yes">
        <source>%n mask file(s)</source>
        <translation>
            <numerusform>%n 个掩码文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n mask(s))</source>
        <translation>
            <numerusform>（%n 个掩码）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The study with the lesions of %1 (%n slice(s) with lungs)</source>
        <translation>
            <numerusform>本研究加入 %1 的病灶（%n 张含肺切片）</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesions placed: %1 voxels of infection; %2 fell outside the lungs and were dropped.</source>
        <translation>已放置病灶：%1 个感染体素；%2 个落在肺外，已舍弃。</translation>
    </message>
    <message>
        <source>the one real slice</source>
        <translation>唯一的真实切片</translation>
    </message>
    <message>
        <source>more real slices (%1)</source>
        <translation>更多真实切片（%1）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The curves appear with the first iterations.</source>
        <translation>曲线将在最初几次迭代后出现。</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>No mask files were chosen.</source>
        <translation>未选择任何掩膜文件。</translation>
    </message>
    <message>
        <source>Lesions are placed into a study&apos;s label volume, and this source has none.</source>
        <translation>病灶会被放入检查的标签体积中，而此来源没有标签体积。</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Mouse wheel  /  Up, Down  /  Page Up, Page Down</source>
        <translation>鼠标滚轮  /  上、下  /  Page Up、Page Down</translation>
    </message>
    <message>
        <source>Next / previous axial slice (in every tool)</source>
        <translation>下一张 / 上一张轴位切片（任何工具下均可）</translation>
    </message>
    <message>
        <source>Ctrl + wheel  /  +, -  /  F</source>
        <translation>Ctrl + 滚轮  /  +、-  /  F</translation>
    </message>
    <message>
        <source>Zoom  /  fit the slice to the window</source>
        <translation>缩放  /  使切片适合窗口</translation>
    </message>
    <message>
        <source>Middle-drag  /  Space + drag</source>
        <translation>中键拖动  /  空格 + 拖动</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Right-drag  /  Alt+1, Alt+2, Alt+3</source>
        <translation>右键拖动  /  Alt+1、Alt+2、Alt+3</translation>
    </message>
    <message>
        <source>Window/level (horizontal = width)  /  lung (paper), CT lung, mediastinum</source>
        <translation>窗宽/窗位（水平 = 窗宽）  /  肺窗（论文）、CT 肺窗、纵隔窗</translation>
    </message>
    <message>
        <source>N  /  B  /  G  /  P</source>
        <translation>N  /  B  /  G  /  P</translation>
    </message>
    <message>
        <source>Navigate  /  brush  /  flood fill  /  polygon or lasso</source>
        <translation>浏览  /  画笔  /  区域填充  /  多边形或套索</translation>
    </message>
    <message>
        <source>0  /  1  /  2  /  3  /  Ctrl + click</source>
        <translation>0  /  1  /  2  /  3  /  Ctrl + 单击</translation>
    </message>
    <message>
        <source>Label: background, left lung, right lung, infection  /  pick the label under the cursor</source>
        <translation>标签：背景、左肺、右肺、感染  /  拾取光标下的标签</translation>
    </message>
    <message>
        <source>Left drag  /  Shift + drag</source>
        <translation>左键拖动  /  Shift + 拖动</translation>
    </message>
    <message>
        <source>Paint  /  erase the active label</source>
        <translation>绘制  /  擦除当前标签</translation>
    </message>
    <message>
        <source>[  ]  /  Shift + wheel</source>
        <translation>[  ]  /  Shift + 滚轮</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>画笔大小</translation>
    </message>
    <message>
        <source>R  /  D</source>
        <translation>R  /  D</translation>
    </message>
    <message>
        <source>Paint only inside the HU range  /  next paint-over rule (all labels, background, lungs)</source>
        <translation>仅在 HU 范围内绘制  /  下一条覆盖规则（所有标签、背景、肺）</translation>
    </message>
    <message>
        <source>Double-click or Enter  /  Esc</source>
        <translation>双击或回车  /  Esc</translation>
    </message>
    <message>
        <source>Fill the polygon  /  drop it</source>
        <translation>填充多边形  /  放弃</translation>
    </message>
    <message>
        <source>Ctrl+L  /  Ctrl+Shift+L</source>
        <translation>Ctrl+L  /  Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Propose both lungs on this slice  /  on every slice (keeps the infection)</source>
        <translation>在此切片上自动勾画双肺  /  在所有切片上（保留感染）</translation>
    </message>
    <message>
        <source>Ctrl+Z  /  Ctrl+Shift+Z</source>
        <translation>Ctrl+Z  /  Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo  /  redo</source>
        <translation>撤销  /  重做</translation>
    </message>
    <message>
        <source>L  /  O</source>
        <translation>L  /  O</translation>
    </message>
    <message>
        <source>Show labels  /  outlines only</source>
        <translation>显示标签  /  仅显示轮廓</translation>
    </message>
    <message>
        <source>Ctrl+S  /  Ctrl+I  /  Ctrl+O</source>
        <translation>Ctrl+S  /  Ctrl+I  /  Ctrl+O</translation>
    </message>
    <message>
        <source>Save labels  /  import labels  /  open a study</source>
        <translation>保存标签  /  导入标签  /  打开研究</translation>
    </message>
    <message>
        <source>Ctrl+1  /  Ctrl+2  /  Ctrl+3</source>
        <translation>Ctrl+1  /  Ctrl+2  /  Ctrl+3</translation>
    </message>
    <message>
        <source>Annotate  /  Train  /  Synthesise workspace</source>
        <translation>标注  /  训练  /  合成 工作区</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Train on the current slice (Train workspace); Pause and Stop keep a checkpoint to resume from</source>
        <translation>在当前切片上训练（训练工作区）；暂停和停止都会保存检查点，之后可继续</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a labelled dataset (nnU-Net layout) with the open model</source>
        <translation>用已打开的模型导出带标签的数据集（nnU-Net 格式）</translation>
    </message>
    <message>
        <source>Synthesise: paint on the condition canvas</source>
        <translation>合成：在条件画布上绘制</translation>
    </message>
    <message>
        <source>The same tools and keys as Annotate; the image is generated again after each stroke</source>
        <translation>与标注相同的工具和按键；每一笔之后都会重新生成图像</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H  /  Ctrl+,</source>
        <translation>Ctrl+Shift+H  /  Ctrl+,</translation>
    </message>
    <message>
        <source>The Start page  /  preferences</source>
        <translation>起始页  /  首选项</translation>
    </message>
    <message>
        <source>F1  /  ?  /  Shift+F1</source>
        <translation>F1  /  ?  /  Shift+F1</translation>
    </message>
    <message>
        <source>This help (any key or click closes it)  /  the user guide</source>
        <translation>本帮助（按任意键或单击即可关闭）  /  用户指南</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Lung (paper, -1250..250 HU)</source>
        <translation>肺窗（论文，-1250..250 HU）</translation>
    </message>
    <message>
        <source>CT lung (W 1400 / L -500)</source>
        <translation>CT 肺窗（窗宽 1400 / 窗位 -500）</translation>
    </message>
    <message>
        <source>Mediastinum (W 350 / L 40)</source>
        <translation>纵隔窗（窗宽 350 / 窗位 40）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AboutDialog</name>
    <message>
        <source>About CoSinGAN Studio</source>
        <translation>关于 CoSinGAN Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CoSinGAN Studio %1&lt;/h2&gt;&lt;p&gt;Learns a conditional single-image GAN from one annotated CT slice and synthesises realistic, labelled CT slices and volumes from new lung and infection masks: training data for segmentation networks when almost no annotated data exists.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not a medical device.&lt;/b&gt; Synthetic images are marked as such and must not be used for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CoSinGAN Studio %1&lt;/h2&gt;&lt;p&gt;从一张已标注的 CT 切片学习条件单图像 GAN，并根据新的肺和感染掩码合成逼真、带标签的 CT 切片和体数据：在几乎没有标注数据时为分割网络提供训练数据。&lt;/p&gt;&lt;p&gt;&lt;b&gt;本软件不是医疗器械。&lt;/b&gt;合成图像均有明确标记，不得用于诊断。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Please cite&lt;/h3&gt;&lt;p&gt;Pengyi Zhang, Yunxin Zhong, Yulin Deng, Xiaoying Tang, Xiaoqiong Li. &lt;i&gt;CoSinGAN: Learning COVID-19 Infection Segmentation from a Single Radiological Image.&lt;/i&gt; Diagnostics, 2020 (published 3 November 2020). The paper&apos;s text is licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;引用&lt;/h3&gt;&lt;p&gt;Pengyi Zhang, Yunxin Zhong, Yulin Deng, Xiaoying Tang, Xiaoqiong Li. &lt;i&gt;CoSinGAN: Learning COVID-19 Infection Segmentation from a Single Radiological Image.&lt;/i&gt; Diagnostics, 2020（2020 年 11 月 3 日发表）。论文正文采用 CC BY 4.0 许可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;The built-in demo is a synthetic chest phantom made by this program. Documentation and tests use real scans from: MIDRC-RICORD-1A (The Cancer Imaging Archive, CC BY-NC 4.0); the MedSeg / Inf-Net COVID-19 CT slices (Fan et al., IEEE TMI 2020); MosMedData (CC BY-NC-ND 3.0); TotalSegmentator and lungmask test data (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;数据&lt;/h3&gt;&lt;p&gt;内置演示是本程序生成的合成胸部体模。文档和测试使用的真实扫描来自：MIDRC-RICORD-1A（The Cancer Imaging Archive，CC BY-NC 4.0）；MedSeg / Inf-Net COVID-19 CT 切片（Fan 等，IEEE TMI 2020）；MosMedData（CC BY-NC-ND 3.0）；TotalSegmentator 和 lungmask 的测试数据（Apache-2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libraries in this build&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;本版本使用的库&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AnnotateWorkspace</name>
    <message>
        <source>Axial slice (mouse wheel, Up/Down, Page Up/Page Down)</source>
        <translation>轴位切片（鼠标滚轮、上/下、Page Up/Page Down）</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Voxels</source>
        <translation>体素</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>间距</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>HU range</source>
        <translation>HU 范围</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>No study open.</source>
        <translation>未打开研究。</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 mm</source>
        <translation>%1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation>（假定）</translation>
    </message>
    <message>
        <source>The file gives no voxel spacing, so 1 mm is assumed: areas and volumes in mm² and mL are not real sizes.</source>
        <translation>文件未提供体素间距，因此假定为 1 mm：以 mm² 和 mL 表示的面积和体积并非真实尺寸。</translation>
    </message>
    <message>
        <source>transposed for display</source>
        <translation>显示时已转置</translation>
    </message>
    <message>
        <source>The image is stored transposed; it is shown with rows and columns swapped, and saved labels keep the layout of the image file (View ▸ Image Stored Transposed).</source>
        <translation>该图像以转置方式存储；显示时交换行和列，保存的标签保持图像文件的布局（视图 ▸ 图像以转置方式存储）。</translation>
    </message>
    <message>
        <source>%1 (shown %2)</source>
        <translation>%1（显示为 %2）</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Synthetic data generated by CoSinGAN Studio — not a patient.</source>
        <translation>由 CoSinGAN Studio 生成的合成数据——并非患者数据。</translation>
    </message>
    <message>
        <source>8-bit image: HU derived through the lung window.</source>
        <translation>8 位图像：HU 由肺窗换算得出。</translation>
    </message>
    <message>
        <source>Slice %3   Column %1, row %2   Position (%4, %5, %6) mm   %7 HU   %8</source>
        <translation>切片 %3   列 %1，行 %2   位置 (%4, %5, %6) mm   %7 HU   %8</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AnnotationController</name>
    <message>
        <source>Autosave is off: %1</source>
        <translation>自动保存已关闭：%1</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>未做更改：%1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>%1 on slice %2</source>
        <translation>切片 %2 上的%1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>已重做</translation>
    </message>
    <message>
        <source>Automatic lungs: %1 — correct them with the brush; Ctrl+Z undoes</source>
        <translation>自动肺分割：%1——可用画笔修正；Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Proposing lungs on %1 slices…</source>
        <translation>正在为 %1 张切片自动勾画肺…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Automatic Lungs</source>
        <translation>自动肺分割</translation>
    </message>
    <message>
        <source>Automatic lungs on %1 of %2 slices — Ctrl+Z undoes them all</source>
        <translation>已在 %2 张切片中的 %1 张上自动勾画肺——Ctrl+Z 全部撤销</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Navigate: drag or right-drag = window/level, Ctrl+right-drag = zoom</source>
        <translation>浏览：拖动或右键拖动 = 窗宽/窗位，Ctrl+右键拖动 = 缩放</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Brush: left paints, Shift+left erases the active label; [ ] or Shift+wheel size</source>
        <translation>画笔：左键绘制，Shift+左键擦除当前标签；[ ] 或 Shift+滚轮调整大小</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Flood fill the connected region under the cursor (Shift+click: erase it)</source>
        <translation>填充光标下的连通区域（Shift+单击：擦除）</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Polygon: click vertices, double-click or Enter to fill; or drag a freehand lasso</source>
        <translation>多边形：单击添加顶点，双击或回车填充；也可拖出自由套索</translation>
    </message>
    <message>
        <source>Paint %1</source>
        <translation>绘制%1</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <source>Paint Only in HU Range</source>
        <translation>仅在 HU 范围内绘制</translation>
    </message>
    <message>
        <source>Paint only where HU lies inside the editable range</source>
        <translation>仅在 HU 值位于可编辑范围内的位置绘制</translation>
    </message>
    <message>
        <source>Intensity range on: painting only between %1 and %2 HU</source>
        <translation>强度范围已开启：仅在 %1 到 %2 HU 之间绘制</translation>
    </message>
    <message>
        <source>Intensity range off</source>
        <translation>强度范围已关闭</translation>
    </message>
    <message>
        <source>Next Paint-Over Rule</source>
        <translation>下一条覆盖规则</translation>
    </message>
    <message>
        <source>Cycle what painting may cover: all labels, background only, lungs only</source>
        <translation>切换绘制可覆盖的内容：所有标签、仅背景、仅肺</translation>
    </message>
    <message>
        <source>all labels</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>background only</source>
        <translation>仅背景</translation>
    </message>
    <message>
        <source>lungs only</source>
        <translation>仅肺</translation>
    </message>
    <message>
        <source>Painting over %1</source>
        <translation>覆盖：%1</translation>
    </message>
    <message>
        <source>Propose &amp;Lungs</source>
        <translation>自动勾画肺(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Propose both lungs on this slice automatically (keeps the infection)</source>
        <translation>在此切片上自动勾画双肺（保留感染）</translation>
    </message>
    <message>
        <source>Propose Lungs on &amp;All Slices</source>
        <translation>在所有切片上自动勾画肺(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Propose both lungs on every slice that has them (keeps the infection); one undo step</source>
        <translation>在所有含肺的切片上自动勾画双肺（保留感染）；一步即可撤销</translation>
    </message>
    <message>
        <source>Finish Polygon</source>
        <translation>完成多边形</translation>
    </message>
    <message>
        <source>Fill the polygon being drawn</source>
        <translation>填充正在绘制的多边形</translation>
    </message>
    <message>
        <source>Cancel Polygon</source>
        <translation>取消多边形</translation>
    </message>
    <message>
        <source>Drop the polygon being drawn</source>
        <translation>放弃正在绘制的多边形</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::DropoutControl</name>
    <message>
        <source>Dropout 0.5 active at synthesis (the paper&apos;s AD): more diverse images from the same mask</source>
        <translation>合成时启用 0.5 的 Dropout（论文中的 AD）：同一掩膜生成更多样的图像</translation>
    </message>
    <message>
        <source>This model&apos;s generators have no dropout layers (fewer than six down-samplings): dropout would change nothing. Use RC.</source>
        <translation>该模型的生成器没有 Dropout 层（下采样少于六次）：Dropout 不会产生任何变化。请使用 RC。</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::EvaluateDialog</name>
    <message>
        <source>Evaluate: does the synthetic data train a segmenter?</source>
        <translation>评估：合成数据能否训练出分割网络？</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>切片数</translation>
    </message>
    <message>
        <source>Dice infection</source>
        <translation>感染 Dice</translation>
    </message>
    <message>
        <source>NSD infection</source>
        <translation>感染 NSD</translation>
    </message>
    <message>
        <source>Dice lungs</source>
        <translation>肺 Dice</translation>
    </message>
    <message>
        <source>NSD lungs</source>
        <translation>肺 NSD</translation>
    </message>
    <message>
        <source>The same evaluation from the command line (its real slices are saved beside the dataset)</source>
        <translation>命令行中的同一评估（其真实切片保存在数据集旁）</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Cancel Evaluation</source>
        <translation>取消评估</translation>
    </message>
    <message>
        <source>Also train on more real data: %1 of the painted slices (the other %2 are then the test set)</source>
        <translation>同时用更多真实数据训练：已标注切片中的 %1 张（其余 %2 张作为测试集）</translation>
    </message>
    <message>
        <source>A 2-D U-Net (%1 px, %2 iterations) is trained on each set below and tested on %3 real labelled slices of the study; Dice and normalised surface Dice per label, mean ± sd over the slices.</source>
        <translation>在下列每组数据上训练一个二维 U-Net（%1 px，%2 次迭代），并在本研究的 %3 张带标签真实切片上测试；按标签给出 Dice 和归一化表面 Dice，以切片的均值 ± 标准差表示。</translation>
    </message>
    <message>
        <source>The study has no labelled slices to test on: paint the infection on a few slices first.</source>
        <translation>本研究没有可用于测试的带标签切片：请先在几张切片上标注感染。</translation>
    </message>
    <message>
        <source>Training the segmenters…</source>
        <translation>正在训练分割网络…</translation>
    </message>
    <message>
        <source>Done: %1 segmenters trained and tested.</source>
        <translation>完成：已训练并测试 %1 个分割网络。</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source> The real slices could not be saved for the command line: %1</source>
        <translation> 无法为命令行保存真实切片：%1</translation>
    </message>
    <message>
        <source> Saved beside the dataset as %1.</source>
        <translation> 已保存在数据集旁：%1。</translation>
    </message>
    <message>
        <source> The results could not be saved: %1</source>
        <translation> 无法保存结果：%1</translation>
    </message>
    <message>
        <source>Dice on the study&apos;s real slices</source>
        <translation>在本研究真实切片上的 Dice</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ExportDialog</name>
    <message>
        <source>Export a Labelled Dataset</source>
        <translation>导出带标签的数据集</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>nnU-Net v2 (imagesTr/, labelsTr/, dataset.json)</source>
        <translation>nnU-Net v2（imagesTr/、labelsTr/、dataset.json）</translation>
    </message>
    <message>
        <source>NIfTI pairs (images/, labels/)</source>
        <translation>NIfTI 图像对（images/、labels/）</translation>
    </message>
    <message>
        <source>PNG pairs (8-bit lung window, labels 0..3)</source>
        <translation>PNG 图像对（8 位肺窗，标签 0..3）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Masks from files: label images (0..3 or 0/128/255), label volumes (every slice with lungs), slice bundles</source>
        <translation>来自文件的掩码：标签图像（0..3 或 0/128/255）、标签体数据（所有含肺切片）、切片包</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Every mask file in a folder</source>
        <translation>文件夹中的所有掩码文件</translation>
    </message>
    <message>
        <source>Lesions…</source>
        <translation>病灶…</translation>
    </message>
    <message>
        <source>Place another study&apos;s lesions (a 0/1 lesion volume, e.g. MosMed&apos;s) into the study&apos;s lungs</source>
        <translation>将另一研究的病灶（0/1 病灶体数据，如 MosMed）放入本研究的肺内</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Variants per mask</source>
        <translation>每个掩码的变体数</translation>
    </message>
    <message>
        <source>Randomised condition (RC)</source>
        <translation>随机化条件（RC）</translation>
    </message>
    <message>
        <source>Dropout at synthesis (AD)</source>
        <translation>合成时启用 Dropout（AD）</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>起始种子</translation>
    </message>
    <message>
        <source>Include the real training slice as the first case</source>
        <translation>将真实训练切片作为第一个病例</translation>
    </message>
    <message>
        <source>Fuse with</source>
        <translation>融合对象</translation>
    </message>
    <message>
        <source>Image fusion (the paper&apos;s IF): each image a mix of this model&apos;s and a second model&apos;s, the weight ζ drawn per image from U[0,1]</source>
        <translation>图像融合（论文中的 IF）：每张图像由本模型与第二个模型的图像混合而成，权重 ζ 对每张图像从 U[0,1] 中抽取</translation>
    </message>
    <message>
        <source>a second model folder</source>
        <translation>第二个模型文件夹</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Image fusion</source>
        <translation>图像融合</translation>
    </message>
    <message>
        <source>A second model for image fusion</source>
        <translation>用于图像融合的第二个模型</translation>
    </message>
    <message>
        <source>Whole volumes: one case per label volume (3-D, NIfTI layouts)</source>
        <translation>整个体数据：每个标签体数据一个病例（三维，NIfTI 格式）</translation>
    </message>
    <message>
        <source>Each label volume becomes a synthetic CT on its grid: slices with lungs generated, the others from the study&apos;s CT (or air for volume files)</source>
        <translation>每个标签体数据在其网格上生成一个合成 CT：含肺的切片由模型生成，其余切片取自本研究的 CT（体数据文件则为空气）</translation>
    </message>
    <message>
        <source>Case names NAME_0001…; letters, digits and &apos;-&apos;</source>
        <translation>病例名 NAME_0001…；可用字母、数字和“-”</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>a new or empty folder, e.g. nnUNet_raw/Dataset501_Covid</source>
        <translation>新的或空的文件夹，例如 nnUNet_raw/Dataset501_Covid</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>间距</translation>
    </message>
    <message>
        <source>%1 × %2 mm, slices %3 mm (from the study)</source>
        <translation>%1 × %2 mm，层厚 %3 mm（取自本研究）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Train a segmenter on the exported dataset and on the one real slice, test both on the study&apos;s labelled slices</source>
        <translation>分别用导出的数据集和唯一的真实切片训练分割网络，并都在本研究的带标签切片上测试</translation>
    </message>
    <message>
        <source>Synthetic CT (in HU) with its labels (0 background, 1 left lung, 2 right lung, 3 infection), and a record that makes the dataset reproducible.</source>
        <translation>合成 CT（HU 值）及其标签（0 背景、1 左肺、2 右肺、3 感染），并附一份使数据集可复现的记录。</translation>
    </message>
    <message>
        <source>The same on the command line:</source>
        <translation>命令行中的等效命令：</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>Mask files</source>
        <translation>掩码文件</translation>
    </message>
    <message>
        <source>Masks (*.png *.bmp *.pgm *.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd *.pt);;All files (*)</source>
        <translation>掩码 (*.png *.bmp *.pgm *.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A lesion volume</source>
        <translation>病灶体数据</translation>
    </message>
    <message>
        <source>Volumes (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;All files (*)</source>
        <translation>体数据 (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A folder of masks</source>
        <translation>掩码文件夹</translation>
    </message>
    <message>
        <source>These masks cannot be used: %1</source>
        <translation>这些掩码无法使用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n left out: </source>
        <translation>
            <numerusform>已略过 %n 个：</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesions are placed into a study&apos;s lungs: open a study with painted lungs first.</source>
        <translation>病灶需放入某个研究的肺内：请先打开一个已标注肺的研究。</translation>
    </message>
    <message>
        <source>These lesions cannot be placed: %1</source>
        <translation>无法放置这些病灶：%1</translation>
    </message>
    <message>
        <source>%1 holds no mask files (PNG, BMP, PGM, NIfTI, NRRD, MetaImage, slice bundles).</source>
        <translation>%1 中没有掩码文件（PNG、BMP、PGM、NIfTI、NRRD、MetaImage、切片包）。</translation>
    </message>
    <message>
        <source>The folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>There are no masks to export from: paint or propose the lungs first.</source>
        <translation>没有可导出的掩码：请先绘制或自动勾画肺。</translation>
    </message>
    <message>
        <source>Choose a folder for the dataset.</source>
        <translation>请为数据集选择一个文件夹。</translation>
    </message>
    <message>
        <source>Choose the second model for image fusion, or turn fusion off.</source>
        <translation>请选择用于图像融合的第二个模型，或关闭融合。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>%1 cases written to %2</source>
        <translation>已将 %1 个病例写入 %2</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Images per mask, with consecutive seeds (more than one needs the randomised condition); from a cpu-medium model 16 trained a better segmenter than 4. Whole volumes: one per label volume unless you choose more</source>
        <translation>每个掩膜的图像数，种子依次递增（多于一张需要随机条件）；用 cpu-medium 模型时，16 张训练出的分割器优于 4 张。整个体积：每个标签体积一个，除非您选择更多</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::GeneratedView</name>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::GenerationService</name>
    <message>
        <source>No model is open.</source>
        <translation>没有打开的模型。</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::LabelPanel</name>
    <message>
        <source>Show labels</source>
        <translation>显示标签</translation>
    </message>
    <message>
        <source>Show or hide the whole label overlay (L)</source>
        <translation>显示或隐藏整个标签叠加层（L）</translation>
    </message>
    <message>
        <source>Show or hide this label</source>
        <translation>显示或隐藏此标签</translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation>选择标签颜色</translation>
    </message>
    <message>
        <source>The label&apos;s name (value %1 in the label map)</source>
        <translation>标签名称（标签图中的值 %1）</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Fill opacity of the labels</source>
        <translation>标签的填充不透明度</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>仅轮廓</translation>
    </message>
    <message>
        <source>Draw label outlines instead of filled regions, to see the anatomy underneath (O)</source>
        <translation>绘制标签轮廓而非填充区域，以便看到下方的解剖结构（O）</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::LossChart</name>
    <message>
        <source>Which part of the training the curves show</source>
        <translation>曲线显示训练的哪一部分</translation>
    </message>
    <message>
        <source>Exponential smoothing of the curves</source>
        <translation>曲线的指数平滑</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: the small reconstruction terms stay readable next to the total</source>
        <translation>对数损失坐标轴：较小的重建项与总损失并列时仍清晰可读</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training</source>
        <translation>分割 U-Net 预训练</translation>
    </message>
    <message>
        <source>Adversarial</source>
        <translation>对抗损失</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>重建损失</translation>
    </message>
    <message>
        <source>U-Net pre-training</source>
        <translation>U-Net 预训练</translation>
    </message>
    <message>
        <source>scale %1 (%2 px) · stage %3</source>
        <translation>尺度 %1（%2 px）· 阶段 %3</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Whole training</source>
        <translation>整个训练</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>whole training</source>
        <translation>整个训练</translation>
    </message>
    <message>
        <source>waiting for the first stage</source>
        <translation>等待第一个阶段</translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training · cross-entropy</source>
        <translation>分割 U-Net 预训练 · 交叉熵</translation>
    </message>
    <message>
        <source>Adversarial · %1</source>
        <translation>对抗损失 · %1</translation>
    </message>
    <message>
        <source>Reconstruction · %1</source>
        <translation>重建损失 · %1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::MainWindow</name>
    <message>
        <source>CoSinGAN Studio</source>
        <translation>CoSinGAN Studio</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Synthesise</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>%1 — CoSinGAN Studio</source>
        <translation>%1 — CoSinGAN Studio</translation>
    </message>
    <message>
        <source>● unsaved labels</source>
        <translation>● 标签未保存</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source> · %1 px</source>
        <translation> · %1 px</translation>
    </message>
    <message>
        <source> · HU %1..%2</source>
        <translation> · HU %1..%2</translation>
    </message>
    <message>
        <source> · over background</source>
        <translation> · 仅覆盖背景</translation>
    </message>
    <message>
        <source> · over lungs</source>
        <translation> · 仅覆盖肺</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CT volume or slice</source>
        <translation>打开 CT 体数据或切片</translation>
    </message>
    <message>
        <source>Medical images (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>医学图像 (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open &amp;DICOM Folder…</source>
        <translation>打开 DICOM 文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a DICOM series folder</source>
        <translation>打开 DICOM 序列文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the Built-in &amp;Demo</source>
        <translation>打开内置演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Next Slice</source>
        <translation>下一张切片</translation>
    </message>
    <message>
        <source>Previous Slice</source>
        <translation>上一张切片</translation>
    </message>
    <message>
        <source>First Slice</source>
        <translation>第一张切片</translation>
    </message>
    <message>
        <source>Last Slice</source>
        <translation>最后一张切片</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Show &amp;Labels</source>
        <translation>显示标签(&amp;L)</translation>
    </message>
    <message>
        <source>Label &amp;Outlines Only</source>
        <translation>仅显示标签轮廓(&amp;O)</translation>
    </message>
    <message>
        <source>%1 Workspace</source>
        <translation>%1工作区</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>键盘和鼠标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CoSinGAN Studio</source>
        <translation>关于 CoSinGAN Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Preferences saved; the theme and language change at the next start</source>
        <translation>首选项已保存；主题和语言将在下次启动时生效</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::MeasurePanel</name>
    <message>
        <source>Measure the Study</source>
        <translation>测量整个研究</translation>
    </message>
    <message>
        <source>Volumes (mL) and HU of every label over all slices</source>
        <translation>各标签在所有切片上的体积（mL）和 HU</translation>
    </message>
    <message>
        <source>No study open.</source>
        <translation>未打开研究。</translation>
    </message>
    <message>
        <source>Slice %1 · the file gives no spacing: sizes assume 1 mm pixels</source>
        <translation>切片 %1 · 文件未提供间距：尺寸按 1 mm 像素计算</translation>
    </message>
    <message>
        <source>Slice %1 (left) and the whole study (right)</source>
        <translation>切片 %1（左）和整个研究（右）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 mm²%2
%3</source>
        <translation>%1 mm²%2
%3</translation>
    </message>
    <message>
        <source>%1 mL%2
%3</source>
        <translation>%1 mL%2
%3</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>所有核心（%1）</translation>
    </message>
    <message>
        <source>CPU threads a training uses; fewer leave the computer responsive</source>
        <translation>训练使用的 CPU 线程数；线程越少，电脑响应越流畅</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation>默认预设</translation>
    </message>
    <message>
        <source>optional: ImageNet VGG-19 (TorchScript) for MS-FVL</source>
        <translation>可选：用于 MS-FVL 的 ImageNet VGG-19（TorchScript）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19 权重</translation>
    </message>
    <message>
        <source>VGG-19 TorchScript file</source>
        <translation>VGG-19 TorchScript 文件</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>New models in</source>
        <translation>新模型保存到</translation>
    </message>
    <message>
        <source>the app&apos;s own models folder</source>
        <translation>本程序自己的模型文件夹</translation>
    </message>
    <message>
        <source>Open files from</source>
        <translation>打开文件的起始位置</translation>
    </message>
    <message>
        <source>the home folder</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <source>Export datasets to</source>
        <translation>数据集导出到</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show the Start page when the app opens without a study</source>
        <translation>程序在未打开研究时启动时显示起始页</translation>
    </message>
    <message>
        <source>Theme and language change at the next start.</source>
        <translation>主题和语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PreviewDialog</name>
    <message>
        <source>Show the condition&apos;s outlines</source>
        <translation>显示条件的轮廓</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ProgressBarJob</name>
    <message>
        <source> · about %1 s left</source>
        <translation> · 约剩 %1 秒</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · 约剩 %1 分钟</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PyramidDialog</name>
    <message>
        <source>Every scale of one generation</source>
        <translation>一次生成的各个尺度</translation>
    </message>
    <message>
        <source>final image (%1 × %2)</source>
        <translation>最终图像（%1 × %2）</translation>
    </message>
    <message>
        <source>Play from the Coarsest Scale</source>
        <translation>从最粗尺度开始播放</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PyramidStrip</name>
    <message>
        <source>The scale pyramid: each scale trains stage 1 (conditional super-resolution) then stage 2 (restoration), coarse to fine</source>
        <translation>尺度金字塔：每个尺度先训练阶段 1（条件超分辨率），再训练阶段 2（修复），由粗到细</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ScaleGallery</name>
    <message>
        <source>Scale</source>
        <translation>尺度</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>阶段 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>阶段 2</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <source>Scale %1 stage %2%3 — click to enlarge</source>
        <translation>尺度 %1 阶段 %2%3——单击放大</translation>
    </message>
    <message>
        <source>, iteration %1</source>
        <translation>，迭代 %1</translation>
    </message>
    <message>
        <source>Scale %1 (%2 px), stage %3</source>
        <translation>尺度 %1（%2 px），阶段 %3</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard and mouse</source>
        <translation>键盘和鼠标</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SliceRenderer</name>
    <message>
        <source>Axial %1 / %2
z = %3 mm</source>
        <translation>轴位 %1 / %2
z = %3 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>窗宽 %1  窗位 %2</translation>
    </message>
    <message>
        <source>SYNTHETIC — not patient data</source>
        <translation>合成图像——并非患者数据</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SliceView</name>
    <message>
        <source>Open a CT volume, a DICOM folder or an image
(File menu, or drop it here)</source>
        <translation>打开 CT 体数据、DICOM 文件夹或图像
（文件菜单，或拖放到此处）</translation>
    </message>
    <message>
        <source>%1 px (the file has no spacing)</source>
        <translation>%1 px（文件未提供间距）</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::StudyFiles</name>
    <message>
        <source>Unsaved labels</source>
        <translation>标签未保存</translation>
    </message>
    <message>
        <source>The labels of %1 have unsaved changes. Save them first?</source>
        <translation>%1 的标签有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1 is a label map (it holds only label values), not a CT image.</source>
        <translation>%1 是标签图（仅含标签值），不是 CT 图像。</translation>
    </message>
    <message>
        <source>Not a CT image</source>
        <translation>不是 CT 图像</translation>
    </message>
    <message>
        <source>Use File ▸ Import Labels to add it to the open study.</source>
        <translation>请用 文件 ▸ 导入标签 将其加入已打开的研究。</translation>
    </message>
    <message>
        <source>Open the CT it belongs to first, then use File ▸ Import Labels.</source>
        <translation>请先打开其所属的 CT，再使用 文件 ▸ 导入标签。</translation>
    </message>
    <message>
        <source>Import it as the labels of the open study?</source>
        <translation>作为已打开研究的标签导入吗？</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Check this study</source>
        <translation>请检查此研究</translation>
    </message>
    <message>
        <source>%1 was opened, but:

• %2</source>
        <translation>已打开 %1，但是：

• %2</translation>
    </message>
    <message>
        <source>Built-in demo (synthetic chest CT)</source>
        <translation>内置演示（合成胸部 CT）</translation>
    </message>
    <message>
        <source>Recover labels</source>
        <translation>恢复标签</translation>
    </message>
    <message>
        <source>CoSinGAN Studio found labels for this study that were not saved (%1 edits since %2). Recover them?</source>
        <translation>CoSinGAN Studio 找到了此研究未保存的标签（自 %2 起共 %1 次编辑）。要恢复吗？</translation>
    </message>
    <message>
        <source>recovered labels</source>
        <translation>已恢复的标签</translation>
    </message>
    <message>
        <source>Recovered %1 unsaved edits</source>
        <translation>已恢复 %1 次未保存的编辑</translation>
    </message>
    <message>
        <source>Labels saved beside this study: %1 (File ▸ Import Labels opens them)</source>
        <translation>此研究旁保存的标签：%1（可用 文件 ▸ 导入标签 打开）</translation>
    </message>
    <message>
        <source>Saved labels</source>
        <translation>已保存的标签</translation>
    </message>
    <message>
        <source>Labels saved beside this study were found:
%1

Open them?</source>
        <translation>在此研究旁找到了已保存的标签：
%1

要打开吗？</translation>
    </message>
    <message>
        <source>Opened the labels saved beside this study: %1</source>
        <translation>已打开此研究旁保存的标签：%1</translation>
    </message>
    <message>
        <source>The labels beside this study (%1) do not fit it: %2</source>
        <translation>此研究旁的标签（%1）与其不匹配：%2</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation>NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation>标签已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Infection (the mask&apos;s pixels become infection; other labels stay)</source>
        <translation>感染（掩码像素成为感染；其他标签不变）</translation>
    </message>
    <message>
        <source>Lungs (left and right by side; other labels stay)</source>
        <translation>肺（按左右侧分为左肺和右肺；其他标签不变）</translation>
    </message>
    <message>
        <source>Label map (the file&apos;s value 1 is left lung; replaces the slice&apos;s labels)</source>
        <translation>标签图（文件中的值 1 为左肺；替换该切片的标签）</translation>
    </message>
    <message>
        <source>Import mask as</source>
        <translation>将掩码导入为</translation>
    </message>
    <message>
        <source>%1 holds one label value. Import it as:</source>
        <translation>%1 只含一个标签值。导入为：</translation>
    </message>
    <message>
        <source>imported slice labels</source>
        <translation>导入的切片标签</translation>
    </message>
    <message>
        <source>imported labels</source>
        <translation>导入的标签</translation>
    </message>
    <message>
        <source>infection</source>
        <translation>感染</translation>
    </message>
    <message>
        <source>lungs</source>
        <translation>肺</translation>
    </message>
    <message>
        <source>label map</source>
        <translation>标签图</translation>
    </message>
    <message>
        <source>Imported %1 as %2: %3 (Ctrl+Z undoes)</source>
        <translation>已将 %1 导入为%2：%3（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Slice labels (0..3) written to %1</source>
        <translation>切片标签（0..3）已写入 %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cannot transpose</source>
        <translation>无法转置</translation>
    </message>
    <message>
        <source>labels, transposed with the image</source>
        <translation>标签，已随图像转置</translation>
    </message>
    <message>
        <source>labels, image no longer transposed</source>
        <translation>标签，图像不再转置</translation>
    </message>
    <message>
        <source>Rows and columns swapped: the image is shown transposed; saved files keep the image file&apos;s layout</source>
        <translation>行和列已交换：图像以转置方式显示；保存的文件保持图像文件的布局</translation>
    </message>
    <message>
        <source>The image is shown as stored</source>
        <translation>图像按存储方式显示</translation>
    </message>
    <message>
        <source>Only plain images (PNG, JPEG) can be shown transposed: %1 files carry their own orientation.</source>
        <translation>只有普通图像（PNG、JPEG）可以转置显示：%1 文件自带方向信息。</translation>
    </message>
    <message>
        <source>&amp;Save Labels</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>Save Labels &amp;As…</source>
        <translation>标签另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation>标签另存为</translation>
    </message>
    <message>
        <source>&amp;Import Labels…</source>
        <translation>导入标签(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>导入标签</translation>
    </message>
    <message>
        <source>Label maps (*.nii.gz *.nii *.png);;All files (*)</source>
        <translation>标签图 (*.nii.gz *.nii *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export Slice Labels as PNG…</source>
        <translation>将切片标签导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Export slice labels</source>
        <translation>导出切片标签</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Image Stored &amp;Transposed</source>
        <translation>图像以转置方式存储(&amp;T)</translation>
    </message>
    <message>
        <source>Swap rows and columns of a plain image stored transposed (e.g. the Inf-Net slices, whose anterior is on the left). Saved labels keep the image file&apos;s layout.</source>
        <translation>交换以转置方式存储的普通图像的行和列（例如 Inf-Net 切片，其前方在左侧）。保存的标签保持图像文件的布局。</translation>
    </message>
    <message>
        <source>Open Session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Sessions (*.cosingan-session)</source>
        <translation>会话 (*.cosingan-session)</translation>
    </message>
    <message>
        <source>Save Session…</source>
        <translation>保存会话…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>The model stays in %1 (%2)</source>
        <translation>模型保留在 %1（%2）</translation>
    </message>
    <message>
        <source>Session saved to %1 (labels: %2)</source>
        <translation>会话已保存到 %1（标签：%2）</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Session %1 opened</source>
        <translation>已打开会话 %1</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SynthesisPanel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>No model open.</source>
        <translation>未打开模型。</translation>
    </message>
    <message>
        <source>Loading and verifying…</source>
        <translation>正在加载并校验…</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>This Study&apos;s Model</source>
        <translation>本研究的模型</translation>
    </message>
    <message>
        <source>The model trained on this study in the Train workspace</source>
        <translation>在训练工作区中用本研究训练的模型</translation>
    </message>
    <message>
        <source>Recently used models</source>
        <translation>最近使用的模型</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Training Slice</source>
        <translation>训练切片</translation>
    </message>
    <message>
        <source>Start from the labels the model was trained on</source>
        <translation>从模型训练所用的标签开始</translation>
    </message>
    <message>
        <source>Study Slice</source>
        <translation>研究切片</translation>
    </message>
    <message>
        <source>Start from the labels of the slice shown in Annotate</source>
        <translation>从标注工作区中当前切片的标签开始</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Start from nothing: paint the lungs, then infection</source>
        <translation>从空白开始：先画肺，再画感染</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>A label map or condition image (PNG, NIfTI)</source>
        <translation>标签图或条件图像（PNG、NIfTI）</translation>
    </message>
    <message>
        <source>Study Slice + Lesions…</source>
        <translation>研究切片 + 病灶…</translation>
    </message>
    <message>
        <source>The study slice with the lesions of a lesion mask volume (e.g. MosMed) placed into its lungs</source>
        <translation>在研究切片的肺内放入病灶掩码体数据（如 MosMed）中的病灶</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <source>Randomised condition (RC)</source>
        <translation>随机化条件（RC）</translation>
    </message>
    <message>
        <source>Every pixel&apos;s condition value drawn within its class interval (the paper&apos;s RC)</source>
        <translation>每个像素的条件值在其类别区间内随机抽取（论文中的 RC）</translation>
    </message>
    <message>
        <source>δb</source>
        <translation>δb</translation>
    </message>
    <message>
        <source>δl</source>
        <translation>δl</translation>
    </message>
    <message>
        <source>δi</source>
        <translation>δi</translation>
    </message>
    <message>
        <source>RC noise magnitude for background, lung and infection</source>
        <translation>背景、肺和感染的 RC 噪声幅度</translation>
    </message>
    <message>
        <source>Dropout at synthesis (AD)</source>
        <translation>合成时启用 Dropout（AD）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Draw a new random seed</source>
        <translation>抽取新的随机种子</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fuse with</source>
        <translation>融合对象</translation>
    </message>
    <message>
        <source>ζ random</source>
        <translation>ζ 随机</translation>
    </message>
    <message>
        <source>ζ </source>
        <translation>ζ </translation>
    </message>
    <message>
        <source>Weight of this model&apos;s image: I = ζ·I₁ + (1 − ζ)·I₂; at the minimum, drawn per image</source>
        <translation>本模型图像的权重：I = ζ·I₁ + (1 − ζ)·I₂；设为最小值时对每张图像随机抽取</translation>
    </message>
    <message>
        <source>U[0,1]</source>
        <translation>U[0,1]</translation>
    </message>
    <message>
        <source>Beta α </source>
        <translation>Beta α </translation>
    </message>
    <message>
        <source>A random ζ from Beta(α, α) instead of U[0,1] (the paper&apos;s suggested improvement)</source>
        <translation>从 Beta(α, α) 而非 U[0,1] 中抽取随机 ζ（论文建议的改进）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Generate Variants</source>
        <translation>生成变体</translation>
    </message>
    <message>
        <source>Several images of this condition with consecutive seeds (needs RC or dropout)</source>
        <translation>用依次递增的种子为该条件生成多张图像（需要 RC 或 Dropout）</translation>
    </message>
    <message>
        <source>Every Scale (Pyramid)…</source>
        <translation>所有尺度（金字塔）…</translation>
    </message>
    <message>
        <source>Each scale&apos;s stage-1 and stage-2 output of this image, with a demonstration from 32 px up</source>
        <translation>此图像在每个尺度上的阶段 1 和阶段 2 输出，并从 32 px 起逐级演示</translation>
    </message>
    <message>
        <source>Save Image and Condition…</source>
        <translation>保存图像和条件…</translation>
    </message>
    <message>
        <source>Export Dataset…</source>
        <translation>导出数据集…</translation>
    </message>
    <message>
        <source>A labelled synthetic dataset in nnU-Net&apos;s layout from the study&apos;s slices (File ▸ Export Dataset)</source>
        <translation>用本研究的切片生成 nnU-Net 格式的带标签合成数据集（文件 ▸ 导出数据集）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>one scale</source>
        <translation>1 个尺度</translation>
    </message>
    <message>
        <source>%1 scales</source>
        <translation>%1 个尺度</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 preset, %3 up to %4 px</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 预设，%3，最高 %4 px</translation>
    </message>
    <message>
        <source>Cannot open the model: %1</source>
        <translation>无法打开模型：%1</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>没有最近使用的模型</translation>
    </message>
    <message>
        <source>Recent models…</source>
        <translation>最近使用的模型…</translation>
    </message>
    <message>
        <source>&lt;br&gt;draws the lung box of each mask</source>
        <translation>&lt;br&gt;绘制每个掩码的肺部框</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SynthesiseWorkspace</name>
    <message>
        <source>Open a model (right), then paint lungs and infection on the left: the CT appears here.</source>
        <translation>打开一个模型（右侧），然后在左侧绘制肺和感染：CT 将显示在这里。</translation>
    </message>
    <message>
        <source>Condition (paint here)</source>
        <translation>条件（在此绘制）</translation>
    </message>
    <message>
        <source>Generated CT</source>
        <translation>生成的 CT</translation>
    </message>
    <message>
        <source>Slice: draw → generate</source>
        <translation>切片：绘制 → 生成</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>体数据</translation>
    </message>
    <message>
        <source>Cannot use %1 for fusion: %2</source>
        <translation>无法将 %1 用于融合：%2</translation>
    </message>
    <message>
        <source>Cannot open the model %1: %2</source>
        <translation>无法打开模型 %1：%2</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Open a trained model folder</source>
        <translation>打开已训练的模型文件夹</translation>
    </message>
    <message>
        <source>Import a condition</source>
        <translation>导入条件</translation>
    </message>
    <message>
        <source>Label maps (*.png *.nii *.nii.gz);;All files (*)</source>
        <translation>标签图 (*.png *.nii *.nii.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lesion mask volume</source>
        <translation>病灶掩码体数据</translation>
    </message>
    <message>
        <source>NIfTI (*.nii *.nii.gz)</source>
        <translation>NIfTI (*.nii *.nii.gz)</translation>
    </message>
    <message>
        <source>Variants need a diversity option: randomised condition switched on</source>
        <translation>变体需要一种多样性选项：已开启随机化条件</translation>
    </message>
    <message>
        <source>A second model for image fusion</source>
        <translation>用于图像融合的第二个模型</translation>
    </message>
    <message>
        <source>Save the generated image</source>
        <translation>保存生成的图像</translation>
    </message>
    <message>
        <source>PNG and condition PNG (*.png);;NIfTI in HU with labels (*.nii.gz *.nii)</source>
        <translation>PNG 及条件 PNG (*.png);;带标签的 HU 值 NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Open a model first: the dataset is generated with it</source>
        <translation>请先打开模型：数据集将由它生成</translation>
    </message>
    <message>
        <source>synthetic (%1)</source>
        <translation>合成（%1）</translation>
    </message>
    <message>
        <source>Cannot evaluate %1: %2</source>
        <translation>无法评估 %1：%2</translation>
    </message>
    <message>
        <source>Model %1 open (%2 preset)</source>
        <translation>已打开模型 %1（%2 预设）</translation>
    </message>
    <message>
        <source>the model&apos;s training slice</source>
        <translation>模型的训练切片</translation>
    </message>
    <message>
        <source>slice %1 of %2%3</source>
        <translation>第 %1 / %2 张切片%3</translation>
    </message>
    <message>
        <source> + lesions of %1</source>
        <translation> + %1 的病灶</translation>
    </message>
    <message>
        <source>Lesions of %1 placed into the lungs of slice %2 (the study&apos;s labels are unchanged)</source>
        <translation>已将 %1 的病灶放入切片 %2 的肺内（研究的标签保持不变）</translation>
    </message>
    <message>
        <source>Cannot place lesions: %1</source>
        <translation>无法放置病灶：%1</translation>
    </message>
    <message>
        <source>a blank condition</source>
        <translation>空白条件</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>No variants: %1</source>
        <translation>无变体：%1</translation>
    </message>
    <message>
        <source>%1 variants in %2 ms</source>
        <translation>%1 个变体，用时 %2 ms</translation>
    </message>
    <message>
        <source>No pyramid: %1</source>
        <translation>无金字塔：%1</translation>
    </message>
    <message>
        <source>%1 ms after the edit (engine %2 ms) · seed %3</source>
        <translation>修改后 %1 ms（引擎 %2 ms）· 种子 %3</translation>
    </message>
    <message>
        <source> · fused, ζ = %1</source>
        <translation> · 已融合，ζ = %1</translation>
    </message>
    <message>
        <source>Saved %1 and its labels beside it</source>
        <translation>已保存 %1 及其旁边的标签</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: %1 exists already; choose another name</source>
        <translation>未保存：%1 已存在；请换一个名称</translation>
    </message>
    <message>
        <source>Saved %1 and its condition (labels 0..3) %2</source>
        <translation>已保存 %1 及其条件（标签 0..3）%2</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ToolPanel</name>
    <message>
        <source>Brush diameter in pixels ([ and ], or Shift+wheel)</source>
        <translation>画笔直径（像素）（[ 和 ]，或 Shift+滚轮）</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Square brush</source>
        <translation>方形画笔</translation>
    </message>
    <message>
        <source>Square instead of round brush</source>
        <translation>使用方形而非圆形画笔</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>Editable intensity range</source>
        <translation>可编辑的强度范围</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Background only</source>
        <translation>仅背景</translation>
    </message>
    <message>
        <source>Lungs only</source>
        <translation>仅肺</translation>
    </message>
    <message>
        <source>Paint over</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainWorkspace</name>
    <message>
        <source>Outputs for the training mask</source>
        <translation>训练掩码的输出</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>无法继续：%1</translation>
    </message>
    <message>
        <source>Training finished: the model is in %1</source>
        <translation>训练完成：模型位于 %1</translation>
    </message>
    <message>
        <source>Training stopped; it can be resumed.</source>
        <translation>训练已停止；可以继续。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>CUDA appears when LibTorch sees a GPU</source>
        <translation>当 LibTorch 检测到 GPU 时会出现 CUDA</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>optional: ImageNet VGG-19 (TorchScript) for MS-FVL</source>
        <translation>可选：用于 MS-FVL 的 ImageNet VGG-19（TorchScript）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>VGG-19</source>
        <translation>VGG-19</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train a CoSinGAN on the current slice and its mask (Ctrl+T)</source>
        <translation>在当前切片及其掩码上训练 CoSinGAN（Ctrl+T）</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the current iteration; a checkpoint is written and the training can be resumed</source>
        <translation>在当前迭代后停止；会写入检查点，训练可以继续</translation>
    </message>
    <message>
        <source>VGG-19 TorchScript file</source>
        <translation>VGG-19 TorchScript 文件</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose another model folder</source>
        <translation>请选择其他模型文件夹</translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation>无法训练：%1</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>请先打开一个研究。</translation>
    </message>
    <message>
        <source>%1, slice %2 (%3 × %4): lungs %5 / %6 px, infection %7 px</source>
        <translation>%1，切片 %2（%3 × %4）：肺 %5 / %6 px，感染 %7 px</translation>
    </message>
    <message>
        <source> — paint or propose the lungs first (Annotate, Ctrl+L)</source>
        <translation> ——请先绘制或自动勾画肺（标注，Ctrl+L）</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Stop the training? A checkpoint is written and it can be resumed later.</source>
        <translation>停止训练吗？会写入检查点，之后可以继续。</translation>
    </message>
    <message>
        <source>This training writes here; the folder is locked until it ends</source>
        <translation>本次训练写入此处；训练结束前该文件夹被锁定</translation>
    </message>
    <message>
        <source>Where the model is written: a new folder, or a model folder of ours to replace</source>
        <translation>模型的写入位置：新文件夹，或本程序的某个模型文件夹（将被替换）</translation>
    </message>
    <message>
        <source>A training stopped at %1 (%2). Resume it?</source>
        <translation>有一次训练在 %1 处停止（%2）。要继续吗？</translation>
    </message>
    <message>
        <source>Lungs only</source>
        <translation>仅肺部</translation>
    </message>
    <message>
        <source>Train on the lungs&apos; bounding box plus a margin instead of the whole slice: the networks&apos; pixels go to the lungs. The model then draws the lung box of every mask.</source>
        <translation>在肺部外接框（加边距）上训练，而不是整张切片：网络的像素都用在肺部。模型随后为每个掩码绘制肺部框。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>视野</translation>
    </message>
    <message>
        <source>; trains on the lung box, %1 × %2 px</source>
        <translation>；在肺部框上训练，%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingIndicator</name>
    <message>
        <source>Training in progress: click to show the Train workspace</source>
        <translation>训练进行中：单击显示训练工作区</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the training after the current iteration; it can be resumed</source>
        <translation>在当前迭代后停止训练；之后可以继续</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <source>Training stopping</source>
        <translation>训练正在停止</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingProgressBox</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Overall %p%</source>
        <translation>总体 %p%</translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training</source>
        <translation>分割 U-Net 预训练</translation>
    </message>
    <message>
        <source>Scale %1 of %2 (%3 px) · stage %4</source>
        <translation>尺度 %1 / %2（%3 px）· 阶段 %4</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> ——已暂停</translation>
    </message>
    <message>
        <source> — stopping</source>
        <translation> ——正在停止</translation>
    </message>
    <message>
        <source>Stopped (resumable)</source>
        <translation>已停止（可继续）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 · iteration %2 of %3</source>
        <translation>%1 · 迭代 %2 / %3</translation>
    </message>
    <message>
        <source> · %1 GB in use</source>
        <translation> · 已用 %1 GB</translation>
    </message>
    <message>
        <source>%1 it/s · about %2 left · running %3 · UI latency %4 ms</source>
        <translation>%1 it/s · 约剩 %2 · 已运行 %3 · 界面延迟 %4 ms</translation>
    </message>
    <message>
        <source>(measuring)</source>
        <translation>（测量中）</translation>
    </message>
    <message>
        <source>
Other programs are using the CPU: this training gets %1 % of it, and takes longer while they run</source>
        <translation>
其他程序正在占用 CPU：本次训练只获得 %1 % 的 CPU，这些程序运行期间训练会更慢</translation>
    </message>
    <message>
        <source>Trained in %1 · model in %2</source>
        <translation>训练用时 %1 · 模型位于 %2</translation>
    </message>
    <message>
        <source>Model in %1</source>
        <translation>模型位于 %1</translation>
    </message>
    <message>
        <source>Stopped after %1; the checkpoint is in %2</source>
        <translation>在 %1 后停止；检查点位于 %2</translation>
    </message>
    <message>
        <source>
Trained on %1, slice %2 (%3 × %4)</source>
        <translation>
训练数据：%1，切片 %2（%3 × %4）</translation>
    </message>
    <message>
        <source>
Trained on %1 (%2 × %3)</source>
        <translation>
训练数据：%1（%2 × %3）</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingSession</name>
    <message>
        <source>A training is already running.</source>
        <translation>已有训练在进行。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>The model&apos;s curves are shown, but not its outputs: %1</source>
        <translation>已显示模型的曲线，但无法显示其输出：%1</translation>
    </message>
    <message>
        <source>Cannot show the model in %1: %2</source>
        <translation>无法显示 %1 中的模型：%2</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::UserGuideWindow</name>
    <message>
        <source>CoSinGAN Studio User Guide</source>
        <translation>CoSinGAN Studio 用户指南</translation>
    </message>
    <message>
        <source>&lt;p&gt;The user guide is not installed. It is in the source tree as &lt;code&gt;docs/user-guide.md&lt;/code&gt;, and in the Debian package under &lt;code&gt;/usr/share/doc/cosingan-studio&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未安装用户指南。它位于源代码树中的 &lt;code&gt;docs/user-guide.md&lt;/code&gt;，以及 Debian 软件包的 &lt;code&gt;/usr/share/doc/cosingan-studio&lt;/code&gt; 下。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::VariantsDialog</name>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::VolumePage</name>
    <message>
        <source>Synthesise Volume</source>
        <translation>合成体数据</translation>
    </message>
    <message>
        <source>Every slice of the study that has lungs, from its labels; the others are kept from the real CT</source>
        <translation>根据标签生成本研究中所有含肺的切片；其余切片保留真实 CT</translation>
    </message>
    <message>
        <source>Place Lesions From…</source>
        <translation>从…放置病灶</translation>
    </message>
    <message>
        <source>A lesion mask volume of another study (e.g. MosMed), placed into this study&apos;s lungs</source>
        <translation>将另一研究的病灶掩码体数据（如 MosMed）放入本研究的肺内</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save Volume…</source>
        <translation>保存体数据…</translation>
    </message>
    <message>
        <source>Show Study</source>
        <translation>显示研究</translation>
    </message>
    <message>
        <source>The real study in the reformatted and 3-D views</source>
        <translation>在重建视图和三维视图中显示真实研究</translation>
    </message>
    <message>
        <source>Window of the reformatted views</source>
        <translation>重建视图的窗口</translation>
    </message>
    <message>
        <source>Label overlay opacity</source>
        <translation>标签叠加层不透明度</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Draw the labels as outlines in each plane instead of filled</source>
        <translation>在每个平面中以轮廓而非填充方式绘制标签</translation>
    </message>
    <message>
        <source>The synthetic volume will appear above the real one, with linked cursors.</source>
        <translation>合成体数据将显示在真实体数据上方，光标联动。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Lesion mask volume</source>
        <translation>病灶掩码体数据</translation>
    </message>
    <message>
        <source>NIfTI (*.nii *.nii.gz)</source>
        <translation>NIfTI (*.nii *.nii.gz)</translation>
    </message>
    <message>
        <source>Save the synthetic volume</source>
        <translation>保存合成体数据</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation>NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Lesions of %1 placed into slices %2–%3: %4 voxels of infection (%5 outside the lungs dropped). They are used by the next synthesis; the study&apos;s own labels are unchanged.</source>
        <translation>已将 %1 的病灶放入切片 %2–%3：%4 个感染体素（%5 个在肺外，已舍弃）。它们将用于下一次合成；研究自身的标签保持不变。</translation>
    </message>
    <message>
        <source>Cannot place lesions: %1</source>
        <translation>无法放置病灶：%1</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Labels in 3-D (drag to rotate)</source>
        <translation>三维标签（拖动旋转）</translation>
    </message>
    <message>
        <source>%1 slices generated in %2 s</source>
        <translation>%2 秒内生成了 %1 张切片</translation>
    </message>
    <message>
        <source>Synthetic CT: %1 slices generated, %2 kept from the real CT%3. Click any view to move all cursors.</source>
        <translation>合成 CT：生成 %1 张切片，%2 张保留自真实 CT%3。单击任一视图即可移动所有光标。</translation>
    </message>
    <message>
        <source>, lesions from %1</source>
        <translation>，病灶来自 %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was produced</source>
        <translation>已取消：未生成任何内容</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Volume synthesis failed: %1</source>
        <translation>体数据合成失败：%1</translation>
    </message>
    <message>
        <source>Saved %1 and its labels %2</source>
        <translation>已保存 %1 及其标签 %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::WelcomePage</name>
    <message>
        <source>&lt;h1 style=&quot;margin:0&quot;&gt;CoSinGAN Studio&lt;/h1&gt;&lt;p&gt;From one annotated CT slice to unlimited labelled CT slices.&lt;/p&gt;</source>
        <translation>&lt;h1 style=&quot;margin:0&quot;&gt;CoSinGAN Studio&lt;/h1&gt;&lt;p&gt;从一张已标注的 CT 切片，到无限多带标签的 CT 切片。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Open the Built-in Demo</source>
        <translation>打开内置演示</translation>
    </message>
    <message>
        <source>A synthetic chest phantom with lungs and infection painted</source>
        <translation>已标注肺和感染的合成胸部体模</translation>
    </message>
    <message>
        <source>Open a CT File…</source>
        <translation>打开 CT 文件…</translation>
    </message>
    <message>
        <source>NIfTI, DICOM, NRRD, MetaImage, PNG or JPEG (Ctrl+O)</source>
        <translation>NIfTI、DICOM、NRRD、MetaImage、PNG 或 JPEG（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open a DICOM Folder…</source>
        <translation>打开 DICOM 文件夹…</translation>
    </message>
    <message>
        <source>A folder with one DICOM series (Ctrl+Shift+O)</source>
        <translation>包含一个 DICOM 序列的文件夹（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Open a Session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <source>A .cosingan-session saved earlier: study, labels and model</source>
        <translation>之前保存的 .cosingan-session：研究、标签和模型</translation>
    </message>
    <message>
        <source>Every shortcut: F1. The user guide: Shift+F1. Preferences: Ctrl+,</source>
        <translation>所有快捷键：F1。用户指南：Shift+F1。首选项：Ctrl+,</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>启动时显示此页</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <source>1  Paint</source>
        <translation>1  标注</translation>
    </message>
    <message>
        <source>Open a CT and choose one slice. Propose the lungs (Ctrl+L) and paint the infection with the brush, fill or polygon, limited to an HU range.</source>
        <translation>打开 CT 并选择一张切片。自动勾画肺（Ctrl+L），再用画笔、填充或多边形在限定的 HU 范围内标注感染。</translation>
    </message>
    <message>
        <source>2  Train</source>
        <translation>2  训练</translation>
    </message>
    <message>
        <source>Train a CoSinGAN on that slice in the background: a pyramid of GANs from 32 px upwards. Watch the losses and images; pause, stop and resume.</source>
        <translation>在后台用这张切片训练 CoSinGAN：从 32 px 起的 GAN 金字塔。可查看损失和图像；可暂停、停止和继续。</translation>
    </message>
    <message>
        <source>3  Synthesise</source>
        <translation>3  合成</translation>
    </message>
    <message>
        <source>Draw new lung and infection masks, or use other slices&apos; masks: the model paints matching CT, slice by slice or whole volumes.</source>
        <translation>绘制新的肺和感染掩码，或使用其他切片的掩码：模型会生成匹配的 CT，可逐张切片，也可生成整个体数据。</translation>
    </message>
    <message>
        <source>4  Export</source>
        <translation>4  导出</translation>
    </message>
    <message>
        <source>Export labelled datasets for nnU-Net and measure how well a segmenter trained on them does on real slices (File ▸ Export Dataset).</source>
        <translation>导出用于 nnU-Net 的带标签数据集，并衡量用其训练的分割网络在真实切片上的表现（文件 ▸ 导出数据集）。</translation>
    </message>
    <message>
        <source>No studies opened yet</source>
        <translation>尚未打开任何研究</translation>
    </message>
    <message>
        <source>No models opened yet</source>
        <translation>尚未打开任何模型</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::WindowPanel</name>
    <message>
        <source>Display window presets (Alt+1, Alt+2, Alt+3). Right-drag in any tool, or drag in the Navigate tool, adjusts the window: horizontal = width, vertical = level.</source>
        <translation>显示窗口预设（Alt+1、Alt+2、Alt+3）。在任何工具中右键拖动，或在浏览工具中拖动，都可调整窗口：水平 = 窗宽，垂直 = 窗位。</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>窗位</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Learn a CT slice generator from one annotated slice.</source>
        <translation>从一张已标注的切片学习 CT 切片生成器。</translation>
    </message>
    <message>
        <source>CT file, DICOM folder or .cosingan-session to open (default: the built-in demo).</source>
        <translation>要打开的 CT 文件、DICOM 文件夹或 .cosingan-session（默认：内置演示）。</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; and quit.</source>
        <translation>将窗口截图保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>Open this trained model folder in the Synthesise workspace.</source>
        <translation>在合成工作区中打开此已训练的模型文件夹。</translation>
    </message>
    <message>
        <source>The image is stored transposed: show it with rows and columns swapped (plain images only).</source>
        <translation>图像以转置方式存储：交换行和列显示（仅限普通图像）。</translation>
    </message>
    <message>
        <source>Workspace to show first: start, annotate, train or synthesise (default: the Start page without a study, else annotate).</source>
        <translation>首先显示的工作区：start、annotate、train 或 synthesise（默认：未指定研究时显示起始页，否则为 annotate）。</translation>
    </message>
    <message>
        <source>Language of this run: en, de or zh_CN (default: the preference, else the system&apos;s).</source>
        <translation>本次运行的语言：en、de 或 zh_CN（默认：首选项中的设置，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Print where Help &gt; User Guide reads the guide from, and quit.</source>
        <translation>打印“帮助 &gt; 用户指南”读取指南的位置，然后退出。</translation>
    </message>
</context>
</TS>
